"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestRenewalCode } from "@/domain/signatures/request-renewal-code";
import { verifyRenewalCode } from "@/domain/signatures/verify-renewal-code";
import { normalizeInn } from "@/lib/inn";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentRenewalRequest, startRenewalRequest } from "@/server/http/renewal-request-cookie";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale, text } from "../../form-data";

const requestSchema = z.object({
  inn: z
    .string()
    .transform((value) => normalizeInn(value))
    .pipe(z.string().regex(/^\d{14}$/)),
  phone: z.string().trim().min(1).max(40),
});
const codeSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/));

// Both steps answer with a page address; too many tries and the database being down are said,
// not thrown.
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

// Step 1: INN and phone. The browser gets its key either way, and the next page says the same
// whether a code was sent or not.
export async function requestRenewalCodeAction(form: FormData): Promise<void> {
  await answer(form, async (locale) => {
    const parsed = requestSchema.safeParse({ inn: text(form, "inn", 40), phone: text(form, "phone", 40) });
    if (!parsed.success) return `/${locale}/renew?error=input`;
    const requestKey = await startRenewalRequest(parsed.data.inn);
    await requestRenewalCode({ db: getDatabase(), ...parsed.data, locale, requestKey });
    return `/${locale}/renew?sent=1`;
  });
}

// Step 2: the code from the SMS, from the browser that asked, opens the renewal page.
export async function verifyRenewalCodeAction(form: FormData): Promise<void> {
  await answer(form, async (locale) => {
    const request = await currentRenewalRequest();
    if (!request) return `/${locale}/renew`;
    const code = codeSchema.safeParse(text(form, "code", 20));
    const again = `/${locale}/renew?sent=1&error=code`;
    if (!code.success) return again;
    const result = await verifyRenewalCode({
      db: getDatabase(),
      inn: request.inn,
      code: code.data,
      requestKey: request.key,
    });
    return result.ok ? `/${locale}/r/${result.token}` : again;
  });
}
