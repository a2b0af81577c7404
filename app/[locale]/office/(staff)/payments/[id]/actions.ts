"use server";

import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { moneyRequestFormProblems } from "@/domain/money-requests/money-request-problems";
import { requestReversal } from "@/domain/money-requests/request-reversal";
import { staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { staffFormAction } from "../../staff-action";

const reversalSchema = z.object({
  paymentId: z.coerce.number().int().positive(),
  reason: staffCommentSchema,
});

// Asks to reverse a cash or bank payment, with a reason; the request opens (someone else
// approves it, and only then does anything change).
export async function requestReversalAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "requestReversal",
    fields: ["paymentId", "reason"],
    maxLength: 600,
    schema: reversalSchema,
    problems: moneyRequestFormProblems,
    fallback: "commentRequired",
    async run(input, { db, actor, locale }) {
      const result = await requestReversal({ db, actor, ...input });
      return result.ok
        ? { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` }
        : { problem: result.problem };
    },
  });
}
