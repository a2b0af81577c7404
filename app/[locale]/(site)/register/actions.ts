"use server";

import { redirect } from "next/navigation";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale } from "../../form-data";
import { withErrorTexts } from "./registration-error-texts";
import { registrationValuesOf, submitRegistrationForm } from "./submit-registration-form";

export async function registerAction(
  previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const locale = postedLocale(form);
  const limit = await hitRateLimit("registration", await currentClientAddress());
  if (!limit.allowed) {
    return withErrorTexts(
      {
        ...previous,
        values: registrationValuesOf(form),
        // About the form as a whole (and nothing of a posted state's own errors is echoed).
        errors: {},
        formError: "rateLimited",
        retryMinutes: Math.ceil(limit.retryAfterMs / 60_000),
      },
      locale,
    );
  }
  const result = await submitRegistrationForm(form);
  if ("registered" in result) redirect(`/${locale}/invoice/${result.registered}`);
  return withErrorTexts({ ...previous, ...result.state }, locale);
}
