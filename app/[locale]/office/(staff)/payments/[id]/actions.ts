"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { requestReversal } from "@/domain/money-requests/request-reversal";
import { staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { postedLocale, text } from "../../../../form-data";
import { officeErrorCode } from "../../office-errors";

const reversalSchema = z.object({
  paymentId: z.coerce.number().int().positive(),
  reason: staffCommentSchema,
});

// Asks to reverse a cash or bank payment, with a reason; the request opens (someone else
// approves it, and only then does anything change).
export async function requestReversalAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const values = { reason: text(form, "reason", 600) };
  const parsed = reversalSchema.safeParse({ ...values, paymentId: text(form, "paymentId", 20) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { errors, values };
  }
  let result;
  try {
    result = await requestReversal({ db: getDatabase(), actor, ...parsed.data });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { errors: {}, values, formError: "unavailable" };
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  if (!result.ok) return { errors: {}, values, formError: result.problem };
  redirect(`/${locale}/office/requests/${result.requestId}?done=requested`);
}
