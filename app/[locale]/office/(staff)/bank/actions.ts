"use server";

import { decideBankTransfer } from "@/domain/bank-statements/decide-bank-transfer";
import {
  transferDecisionProblems,
  transferDecisionSchema,
} from "@/domain/bank-statements/transfer-decision-schema";
import { getEnv } from "@/server/env";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { staffFormAction } from "../staff-action";

// A waiting transfer decided by an accountant or admin: recorded (back to the queue), sent for a
// second person's approval (the request opens), or put aside as not ours.
export async function decideTransferAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "bankStatements",
    fields: ["transferId", "decision", "target", "comment"],
    maxLength: 600,
    schema: transferDecisionSchema,
    problems: transferDecisionProblems,
    fallback: "choice",
    fieldOf: {
      invoiceFormat: "target",
      innFormat: "target",
      accountNotFound: "target",
      notConnected: "target",
    },
    async run({ transferId, decision }, { db, actor, locale }) {
      const env = getEnv();
      const limits = { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM };
      const result = await decideBankTransfer({ db, actor, transferId, decision, limits });
      if (!result.ok) return { problem: result.problem };
      if ("requestId" in result)
        return { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` };
      return { redirect: `/${locale}/office/bank?decided=${transferId}#queue` };
    },
  });
}
