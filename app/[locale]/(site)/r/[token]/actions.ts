"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { issueRenewalInvoice } from "@/domain/signatures/issue-renewal-invoice";
import { renewalTokenPattern } from "@/domain/signatures/signature-reminders";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale } from "../../../form-data";

const tokenSchema = z.string().regex(renewalTokenPattern);

// The renewal page's button: the invoice it issues (or the one already issued) opens next.
export async function issueRenewalAction(token: string, form: FormData): Promise<void> {
  const locale = postedLocale(form);
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) redirect(`/${locale}`);
  const page = `/${locale}/r/${parsed.data}`;
  // Counted like opening the page: the button is no way around its limit.
  const limit = await hitRateLimit("renewal-page", await currentClientAddress());
  if (!limit.allowed) redirect(page);
  let target: string;
  try {
    const result = await issueRenewalInvoice({ db: getDatabase(), token: parsed.data });
    target = result.ok ? `/${locale}/invoice/${result.invoiceNumber}` : page;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    target = `${page}?problem=unavailable`;
  }
  redirect(target);
}
