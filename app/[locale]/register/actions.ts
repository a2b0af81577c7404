"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { submitRegistration } from "@/domain/registration/submit-registration";
import { routing } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { currentClientAddress } from "@/server/http/request-address";
import { registrationLimiter } from "@/server/http/rate-limits";

export async function registerAction(
  previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const requested = form.get("locale");
  const locale =
    typeof requested === "string" && hasLocale(routing.locales, requested)
      ? requested
      : routing.defaultLocale;
  const limit = registrationLimiter().hit((await currentClientAddress()) ?? "unknown");
  if (!limit.allowed) {
    return { ...previous, formError: "rateLimited", retryMinutes: Math.ceil(limit.retryAfterMs / 60_000) };
  }
  const result = await submitRegistration({ db: getDatabase(), form });
  if (result.outcome === "registered") redirect(`/${locale}/invoice/${result.invoiceNumber}`);
  if (result.outcome === "invalid")
    return { ...previous, values: result.values, errors: result.errors, formError: undefined };
  return { ...previous, values: result.values, errors: {}, formError: result.outcome };
}
