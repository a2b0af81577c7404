"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { requestBalanceAdjustment } from "@/domain/money-requests/request-balance-adjustment";
import { clientContactsSchema } from "@/domain/clients/client-contacts-schema";
import { setSociConnection } from "@/domain/clients/set-soci-connection";
import { updateClientContacts } from "@/domain/clients/update-client-contacts";
import { fieldErrorsOf } from "@/domain/registration/registration-schema";
import { problemsByField } from "@/domain/staff/form-problems";
import { staffCommentProblems, staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { parseSignedSomInput } from "@/domain/payments/office-payment-schema";
import { normalizeInn } from "@/lib/inn";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { postedLocale, text } from "../../../../form-data";
import { officeErrorCode } from "../../office-errors";

const innOf = (form: FormData) => {
  const inn = normalizeInn(text(form, "inn", 40));
  return /^\d{14}$/.test(inn) ? inn : "";
};
const page = (form: FormData) => `/${postedLocale(form)}/office/clients/${innOf(form)}`;

export async function updateContactsAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const actor = await staffForAction(postedLocale(form));
  const values = {
    headName: text(form, "headName", 400),
    phone: text(form, "phone", 60),
    email: text(form, "email", 400),
  };
  const parsed = clientContactsSchema.safeParse(values);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([k, v]) => [k, v!.code]),
    );
    return { errors, values };
  }
  try {
    await updateClientContacts({ db: getDatabase(), actor, inn: innOf(form), contacts: parsed.data });
  } catch (error) {
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  redirect(`${page(form)}?done=contacts`);
}

export async function setSociConnectionAction(form: FormData): Promise<void> {
  const actor = await staffForAction(postedLocale(form));
  let outcome = "done=soci";
  try {
    await setSociConnection({
      db: getDatabase(),
      actor,
      inn: innOf(form),
      connected: form.get("connected") === "1",
    });
  } catch (error) {
    outcome = `error=${officeErrorCode(error)}`;
  }
  redirect(`${page(form)}?${outcome}`);
}

const adjustmentSchema = z.object({
  amount: z.string().transform((v, ctx) => {
    const tyiyn = parseSignedSomInput(v);
    if (tyiyn === null) ctx.addIssue({ code: "custom", message: "amountFormat" });
    return tyiyn ?? 0;
  }),
  comment: staffCommentSchema,
});

export async function adjustBalanceAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const actor = await staffForAction(postedLocale(form));
  const values = { amount: text(form, "amount", 40), comment: text(form, "comment", 1000) };
  const parsed = adjustmentSchema.safeParse(values);
  if (!parsed.success)
    return {
      errors: problemsByField(parsed.error, [...staffCommentProblems, "amountFormat"], "commentRequired"),
      values,
    };
  let result;
  try {
    result = await requestBalanceAdjustment({
      db: getDatabase(),
      actor,
      inn: innOf(form),
      amountTyiyn: parsed.data.amount,
      reason: parsed.data.comment,
    });
  } catch (error) {
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  if (!result.ok)
    return result.problem === "belowZero"
      ? { errors: { amount: result.problem }, values }
      : { errors: {}, values, formError: result.problem };
  // Nothing changes until someone else approves: the request opens.
  redirect(`/${postedLocale(form)}/office/requests/${result.requestId}?done=requested`);
}
