import { z } from "zod";
import type { RegistrationFormState } from "@/components/registration/form-state";
import type { StaffActor } from "@/config/staff-roles";
import { registerClient, RegistrationError } from "@/domain/registration/register-client";
import { checkRegistration, type RegistrationValues } from "@/domain/registration/registration-schema";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { postedLocale, text } from "../form-data";

// The posted form as plain values (bounded in size), to validate and to show again.
export function registrationValuesOf(form: FormData): RegistrationValues {
  const tariffs: Record<string, string> = {};
  for (const code of form.getAll("tariff").slice(0, 50)) {
    if (typeof code === "string" && code.length <= 40) tariffs[code] = text(form, `quantity-${code}`, 10);
  }
  return {
    clientType: text(form, "clientType", 40),
    inn: text(form, "inn", 40),
    organizationName: text(form, "organizationName", 1000),
    headName: text(form, "headName", 1000),
    phone: text(form, "phone", 40),
    email: text(form, "email", 1000),
    office: text(form, "office", 40),
    tariffs,
    consent: form.get("consent") !== null,
  };
}

// A form this site rendered: its one-time submission key, and the bot trap left empty.
const envelopeSchema = z.object({
  submissionKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/),
  website: z.union([z.literal(""), z.null()]),
});

export type RegistrationSubmission =
  { registered: string } | { state: Omit<RegistrationFormState, "submissionKey"> };

// What both the public form and the office's walk-in form do with a post: check it with the
// registration schema, then register (as the staff member, for the office). The caller checks
// limits or the session first and redirects on success.
export async function submitRegistrationForm(
  form: FormData,
  { actor }: { actor?: StaffActor } = {},
): Promise<RegistrationSubmission> {
  const values = registrationValuesOf(form);
  const envelope = envelopeSchema.safeParse({
    submissionKey: form.get("submissionKey"),
    website: form.get("website"),
  });
  if (!envelope.success) return { state: { values, errors: {}, formError: "rejected" } };
  const checked = checkRegistration(values);
  if (!checked.ok) return { state: { values, errors: checked.errors, formError: undefined } };
  try {
    const { invoiceNumber } = await registerClient({
      db: getDatabase(),
      registration: checked.registration,
      submissionKey: envelope.data.submissionKey,
      locale: postedLocale(form),
      actor,
    });
    return { registered: invoiceNumber };
  } catch (error) {
    if (error instanceof RegistrationError) {
      const errors =
        error.code === "other-office"
          ? { office: { code: "otherOffice" as const } }
          : { tariff: { code: "tariffUnknown" as const } };
      return { state: { values, errors, formError: undefined } };
    }
    if (isDatabaseUnavailable(error)) return { state: { values, errors: {}, formError: "unavailable" } };
    throw error;
  }
}
