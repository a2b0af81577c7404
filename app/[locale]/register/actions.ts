"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { registerClient, RegistrationError } from "@/domain/registration/register-client";
import { checkRegistration, type RegistrationValues } from "@/domain/registration/registration-schema";
import { routing } from "@/i18n/routing";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";

const text = (form: FormData, name: string, max: number) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

// The posted form as plain values (bounded in size), to validate and to show again.
function valuesOf(form: FormData): RegistrationValues {
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

export async function registerAction(
  previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const requested = form.get("locale");
  const locale =
    typeof requested === "string" && hasLocale(routing.locales, requested)
      ? requested
      : routing.defaultLocale;
  const values = valuesOf(form);
  const limit = await hitRateLimit("registration", await currentClientAddress());
  if (!limit.allowed) {
    return {
      ...previous,
      values,
      formError: "rateLimited",
      retryMinutes: Math.ceil(limit.retryAfterMs / 60_000),
    };
  }
  const envelope = envelopeSchema.safeParse({
    submissionKey: form.get("submissionKey"),
    website: form.get("website"),
  });
  if (!envelope.success) return { ...previous, values, errors: {}, formError: "rejected" };
  const checked = checkRegistration(values);
  if (!checked.ok) return { ...previous, values, errors: checked.errors, formError: undefined };

  let invoiceNumber: string;
  try {
    ({ invoiceNumber } = await registerClient({
      db: getDatabase(),
      registration: checked.registration,
      submissionKey: envelope.data.submissionKey,
      locale,
    }));
  } catch (error) {
    if (error instanceof RegistrationError) {
      return { ...previous, values, errors: { tariff: { code: "tariffUnknown" } }, formError: undefined };
    }
    if (isDatabaseUnavailable(error)) return { ...previous, values, errors: {}, formError: "unavailable" };
    throw error;
  }
  redirect(`/${locale}/invoice/${invoiceNumber}`);
}
