"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { decideMoneyRequest } from "@/domain/money-requests/decide-money-request";
import { staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { getEnv } from "@/server/env";
import { postedLocale, text } from "../../../form-data";
import { officeErrorCode } from "../office-errors";

const decideSchema = z.object({
  requestId: z.coerce.number().int().positive(),
  decision: z.enum(["approve", "reject"], { error: "choice" }),
  comment: staffCommentSchema,
});

// Someone else's money request approved (applied exactly as shown) or rejected, with a comment;
// back to the request, which says what happened.
export async function decideMoneyRequestAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const values = { decision: text(form, "decision", 20), comment: text(form, "comment", 600) };
  const parsed = decideSchema.safeParse({ ...values, requestId: text(form, "requestId", 20) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { errors, values };
  }
  const env = getEnv();
  let result;
  try {
    result = await decideMoneyRequest({
      db: getDatabase(),
      actor,
      requestId: parsed.data.requestId,
      decision: parsed.data.decision,
      comment: parsed.data.comment,
      limits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { errors: {}, values, formError: "unavailable" };
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  if (!result.ok) return { errors: {}, values, formError: result.problem };
  redirect(
    `/${locale}/office/requests/${parsed.data.requestId}?done=${parsed.data.decision === "approve" ? "approved" : "rejected"}`,
  );
}
