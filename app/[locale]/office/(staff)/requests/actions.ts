"use server";

import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { decideMoneyRequest } from "@/domain/money-requests/decide-money-request";
import { moneyRequestFormProblems } from "@/domain/money-requests/money-request-problems";
import { staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { getEnv } from "@/server/env";
import { staffFormAction } from "../staff-action";

const decideSchema = z.object({
  requestId: z.coerce.number().int().positive(),
  decision: z.enum(["approve", "reject"], { error: "choice" }),
  comment: staffCommentSchema,
});

// Someone else's money request approved (applied exactly as shown) or rejected, with a comment;
// back to the request, which says what happened.
export async function decideMoneyRequestAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "decideMoneyRequests",
    fields: ["requestId", "decision", "comment"],
    maxLength: 600,
    schema: decideSchema,
    problems: moneyRequestFormProblems,
    fallback: "choice",
    async run({ requestId, decision, comment }, { db, actor, locale }) {
      const env = getEnv();
      const result = await decideMoneyRequest({
        db,
        actor,
        requestId,
        decision,
        comment,
        limits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
      });
      if (!result.ok) return { problem: result.problem };
      return {
        redirect: `/${locale}/office/requests/${requestId}?done=${decision === "approve" ? "approved" : "rejected"}`,
      };
    },
  });
}
