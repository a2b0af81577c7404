import { z } from "zod";
import type { RegistrationFormState } from "@/components/registration/form-state";
import type { StaffActor } from "@/config/staff-roles";
import { registerClient, RegistrationError } from "@/domain/registration/register-client";
import { checkRegistration, type RegistrationValues } from "@/domain/registration/registration-schema";
import { newSubmissionKey, submissionKeyPattern } from "@/lib/submission-key";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { postedLocale, text } from "../../form-data";

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

// A form this site rendered: its one-time submission key (empty when the browser ran no script:
// the server makes one, lib/submission-key.ts), and the bot trap left empty.
const envelopeSchema = z.object({
  submissionKey: z.union([z.literal(""), z.string().regex(submissionKeyPattern)]),
  website: z.union([z.literal(""), z.null()]),
});

// A form that comes back carries the key it was posted with, so that posting it again is the same
// submission.
export type RegistrationSubmission = { registered: string } | { state: RegistrationFormState };

// What both the public form and the office's walk-in form do with a post: check it with the
// registration schema, then register (as the staff member, for the office). The caller checks
// limits or the session first and redirects on success.
export async function submitRegistrationForm(
  form: FormData,
  { actor, renewsSignatureId }: { actor?: StaffActor; renewsSignatureId?: number } = {},
): Promise<RegistrationSubmission> {
  const values = registrationValuesOf(form);
  const envelope = envelopeSchema.safeParse({
    submissionKey: form.get("submissionKey"),
    website: form.get("website"),
  });
  if (!envelope.success) return { state: { submissionKey: "", values, errors: {}, formError: "rejected" } };
  const submissionKey = envelope.data.submissionKey || newSubmissionKey();
  const checked = checkRegistration(values);
  if (!checked.ok) return { state: { submissionKey, values, errors: checked.errors, formError: undefined } };
  try {
    const { invoiceNumber } = await registerClient({
      db: getDatabase(),
      registration: checked.registration,
      submissionKey,
      locale: postedLocale(form),
      actor,
      renewsSignatureId,
    });
    return { registered: invoiceNumber };
  } catch (error) {
    if (error instanceof RegistrationError) {
      // A renewal of a signature that is not this INN's: the form was changed on the way.
      if (error.code === "not-renewable")
        return { state: { submissionKey, values, errors: {}, formError: "rejected" } };
      const errors =
        error.code === "other-office"
          ? { office: { code: "otherOffice" as const } }
          : { tariff: { code: "tariffUnknown" as const } };
      return { state: { submissionKey, values, errors, formError: undefined } };
    }
    if (isDatabaseUnavailable(error))
      return { state: { submissionKey, values, errors: {}, formError: "unavailable" } };
    throw error;
  }
}
