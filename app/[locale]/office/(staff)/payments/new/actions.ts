"use server";

import { redirect } from "next/navigation";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { officePaymentProblemsOf, officePaymentSchema } from "@/domain/payments/office-payment-schema";
import { recordOfficePayment } from "@/domain/payments/record-office-payment";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { postedLocale, text } from "../../../../form-data";
import { officeErrorCode } from "../../office-errors";

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
export async function recordPaymentAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const values = Object.fromEntries(fields.map((f) => [f, text(form, f, 200)]));
  // An operator takes money for their own office.
  const parsed = officePaymentSchema().safeParse({ ...values, office: actor.office ?? values.office });
  if (!parsed.success) return { errors: officePaymentProblemsOf(parsed.error), values };
  const env = getEnv();
  let result;
  try {
    result = await recordOfficePayment({
      db: getDatabase(),
      actor,
      payment: parsed.data,
      limits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
    });
  } catch (error) {
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  if (!result.ok) return { errors: { [result.problem.field]: result.problem.code }, values };
  if ("requestId" in result) redirect(`/${locale}/office/requests/${result.requestId}?done=requested`);
  redirect(
    `/${locale}/office/payments/${result.paymentId}?done=${result.replayed ? "replayed" : "recorded"}`,
  );
}
