"use server";

import { redirect } from "next/navigation";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale } from "../../form-data";
import { registrationValuesOf, submitRegistrationForm } from "./submit-registration-form";

export async function registerAction(
  previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const limit = await hitRateLimit("registration", await currentClientAddress());
  if (!limit.allowed) {
    return {
      ...previous,
      values: registrationValuesOf(form),
      formError: "rateLimited",
      retryMinutes: Math.ceil(limit.retryAfterMs / 60_000),
    };
  }
  const result = await submitRegistrationForm(form);
  if ("registered" in result) redirect(`/${postedLocale(form)}/invoice/${result.registered}`);
  return { ...previous, ...result.state };
}
