// A signature handed out for tests: registered, paid in full by MegaPay, documents checked and the
// signature issued at `issuedAt` (so valid until a year later), as the office would.
import type { StaffActor } from "@/config/staff-roles";
import { checkDocuments } from "@/domain/applications/check-documents";
import { issueSignature } from "@/domain/applications/issue-signature";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { registerClient } from "@/domain/registration/register-client";
import type { ValidRegistration } from "@/domain/registration/registration-schema";
import { dayMs } from "@/lib/dates";
import type { Database } from "@/server/db";
import { aRegistration } from "./registration-fixture";

export const testAdmin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };

let txn = 900_000;

export async function payInvoiceInFull(db: Database, number: string, at = new Date()): Promise<number> {
  const invoice = await db.invoice.findUniqueOrThrow({ where: { number } });
  await recordEdsPayment({
    db,
    request: {
      txnId: `sig-${process.pid}-${++txn}`,
      account: number,
      sumTyiyn: invoice.amountTyiyn,
      txnDate: at,
    },
  });
  return invoice.applicationId!;
}

export async function issueTestSignature(
  db: Database,
  options: { key: string; issuedAt: Date; locale?: "ky" | "ru"; registration?: Partial<ValidRegistration> },
) {
  const { invoiceNumber } = await registerClient({
    db,
    submissionKey: options.key,
    locale: options.locale ?? "ru",
    registration: aRegistration({ organizationName: `ОсОО ${options.key}`, ...options.registration }),
    now: new Date(options.issuedAt.getTime() - dayMs),
  });
  const applicationId = await payInvoiceInFull(db, invoiceNumber);
  await checkDocuments({ db, actor: testAdmin, applicationId });
  await issueSignature({
    db,
    actor: testAdmin,
    applicationId,
    serial: `S-${options.key}`,
    now: options.issuedAt,
  });
  return db.signatureIssue.findUniqueOrThrow({ where: { applicationId } });
}
