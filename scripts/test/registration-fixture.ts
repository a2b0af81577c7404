// A valid registration for tests, and registering it, so that tests say only what differs.
import { registerClient } from "@/domain/registration/register-client";
import type { ValidRegistration } from "@/domain/registration/registration-schema";
import type { Database } from "@/server/db";

export const aRegistration = (overrides: Partial<ValidRegistration> = {}): ValidRegistration => ({
  clientType: "legal",
  inn: "01234567890123",
  organizationName: "ОсОО Тест",
  headName: "Асанов Асан",
  phone: "+996555123456",
  email: null,
  office: "osh",
  items: [{ code: "rutoken", quantity: 1 }],
  ...overrides,
});

// Registers a client with this INN (and whatever else differs) and returns the invoice number.
export async function registerTestClient(
  db: Database,
  submissionKey: string,
  overrides: Partial<ValidRegistration> = {},
): Promise<string> {
  return (await registerClient({ db, submissionKey, registration: aRegistration(overrides) })).invoiceNumber;
}

// What staff do in the back office (domain/clients/set-soci-connection.ts) for a client who
// should be able to top up a SOChI balance: tests that are about payments start from there.
export async function connectToSoci(db: Database, inn: string): Promise<void> {
  await db.client.update({ where: { inn }, data: { sociConnected: true } });
}
