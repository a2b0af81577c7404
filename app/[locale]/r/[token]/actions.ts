"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { issueRenewalInvoice } from "@/domain/signatures/issue-renewal-invoice";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { postedLocale } from "../../form-data";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/);

// The renewal page's button: the invoice it issues (or the one already issued) opens next.
export async function issueRenewalAction(token: string, form: FormData): Promise<void> {
  const locale = postedLocale(form);
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) redirect(`/${locale}`);
  const page = `/${locale}/r/${parsed.data}`;
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
