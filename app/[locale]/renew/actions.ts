"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestRenewalCode } from "@/domain/signatures/request-renewal-code";
import { verifyRenewalCode } from "@/domain/signatures/verify-renewal-code";
import { normalizeInn } from "@/lib/inn";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale, text } from "../form-data";

const innField = z
  .string()
  .transform((value) => normalizeInn(value))
  .pipe(z.string().regex(/^\d{14}$/));
const requestSchema = z.object({ inn: innField, phone: z.string().trim().min(1).max(40) });
const verifySchema = z.object({
  inn: innField,
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/)),
});

// Both steps answer with a page address; the database being down is said, not thrown.
async function answer(form: FormData, step: (locale: "ky" | "ru") => Promise<string>): Promise<never> {
  const locale = postedLocale(form);
  let target: string;
  const limit = await hitRateLimit("renewal-code", await currentClientAddress());
  if (!limit.allowed) {
    target = `/${locale}/renew?error=rate&minutes=${Math.ceil(limit.retryAfterMs / 60_000)}`;
  } else {
    try {
      target = await step(locale);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      target = `/${locale}/renew?error=unavailable`;
    }
  }
  redirect(target);
}

// Step 1: INN and phone. The next page says the same whether a code was sent or not.
export async function requestRenewalCodeAction(form: FormData): Promise<void> {
  await answer(form, async (locale) => {
    const parsed = requestSchema.safeParse({ inn: text(form, "inn", 40), phone: text(form, "phone", 40) });
    if (!parsed.success) return `/${locale}/renew?error=input`;
    await requestRenewalCode({ db: getDatabase(), ...parsed.data, locale });
    return `/${locale}/renew?inn=${parsed.data.inn}&sent=1`;
  });
}

// Step 2: the code from the SMS opens the renewal page.
export async function verifyRenewalCodeAction(form: FormData): Promise<void> {
  await answer(form, async (locale) => {
    const parsed = verifySchema.safeParse({ inn: text(form, "inn", 40), code: text(form, "code", 20) });
    const inn = normalizeInn(text(form, "inn", 40));
    const again = `/${locale}/renew?inn=${/^\d{14}$/.test(inn) ? inn : ""}&sent=1&error=code`;
    if (!parsed.success) return again;
    const result = await verifyRenewalCode({ db: getDatabase(), ...parsed.data });
    return result.ok ? `/${locale}/r/${result.token}` : again;
  });
}
