"use server";

import type { OfficeFormState } from "@/components/office/office-form-state";
import { officePaymentProblems, officePaymentSchema } from "@/domain/payments/office-payment-schema";
import { recordOfficePayment } from "@/domain/payments/record-office-payment";
import { getEnv } from "@/server/env";
import { staffFormAction } from "../../staff-action";

const fields = [
  "service",
  "account",
  "amount",
  "method",
  "receiptNumber",
  "paidOn",
  "office",
  "approvalReason",
] as const;

// Cash or a bank transfer recorded by staff; the payment's page opens when it is recorded (or
// was already, for the same receipt sent again), the request's when it waits for approval.
export async function recordPaymentAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "officeWork",
    fields,
    maxLength: 600,
    schema: officePaymentSchema(),
    // An operator takes money for their own office (the form does not ask them).
    input: (values, _form, actor) => ({ ...values, office: actor.office ?? values.office }),
    problems: officePaymentProblems,
    fallback: "required",
    async run(payment, { db, actor, locale }) {
      const env = getEnv();
      const result = await recordOfficePayment({
        db,
        actor,
        payment,
        limits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
      });
      if (!result.ok) return { problem: result.problem.code, field: result.problem.field };
      if ("requestId" in result)
        return { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` };
      return {
        redirect: `/${locale}/office/payments/${result.paymentId}?done=${result.replayed ? "replayed" : "recorded"}`,
      };
    },
  });
}
