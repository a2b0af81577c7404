"use server";

import { decideBankTransfer } from "@/domain/bank-statements/decide-bank-transfer";
import {
  transferDecisionProblems,
  transferDecisionSchema,
} from "@/domain/bank-statements/transfer-decision-schema";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { staffFormAction } from "../staff-action";

// A waiting transfer decided by an accountant or admin: assigned, which asks for a second person's
// approval (the request opens), or put aside as not ours (back to the queue).
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
      const result = await decideBankTransfer({ db, actor, transferId, decision });
      if (!result.ok) return { problem: result.problem };
      if ("requestId" in result)
        return { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` };
      return { redirect: `/${locale}/office/bank?decided=${transferId}#queue` };
    },
  });
}
