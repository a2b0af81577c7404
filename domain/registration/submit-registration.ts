import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { isDatabaseUnavailable, type Database } from "@/server/db";
import { registerClient, RegistrationError } from "./register-client";
import {
  readRegistrationValues,
  validateRegistration,
  type FieldErrors,
  type RegistrationValues,
} from "./registration-form";

export type SubmitRegistrationResult =
  | { outcome: "registered"; invoiceNumber: string }
  | { outcome: "invalid"; values: RegistrationValues; errors: FieldErrors }
  | { outcome: "rejected" | "unavailable"; values: RegistrationValues };

export const botTrapField = "website";

export interface SubmitRegistrationOptions {
  db: Database;
  form: FormData;
}

// The registration form as posted → the invoice number, or what to tell the person.
export async function submitRegistration({
  db,
  form,
}: SubmitRegistrationOptions): Promise<SubmitRegistrationResult> {
  const values = readRegistrationValues(form);
  const submissionKey = form.get("submissionKey");
  const trap = form.get(botTrapField);
  if (
    typeof submissionKey !== "string" ||
    !/^[A-Za-z0-9-]{16,64}$/.test(submissionKey) ||
    (typeof trap === "string" && trap !== "")
  ) {
    return { outcome: "rejected", values };
  }
  try {
    const active = new Set((await listActiveTariffs(db)).map((t) => t.code));
    const checked = validateRegistration(values, active);
    if (!checked.ok) return { outcome: "invalid", values, errors: checked.errors };
    const { invoiceNumber } = await registerClient({ db, registration: checked.registration, submissionKey });
    return { outcome: "registered", invoiceNumber };
  } catch (error) {
    if (error instanceof RegistrationError)
      return { outcome: "invalid", values, errors: { tariff: { code: "tariffUnknown" } } };
    if (isDatabaseUnavailable(error)) return { outcome: "unavailable", values };
    throw error;
  }
}
