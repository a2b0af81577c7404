"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { checkDocuments } from "@/domain/applications/check-documents";
import { issueSignature } from "@/domain/applications/issue-signature";
import { signatureSerialSchema } from "@/domain/applications/signature-schema";
import { cancelInvoice } from "@/domain/invoices/cancel-invoice";
import { problemsByField } from "@/domain/staff/form-problems";
import { staffCommentProblems, staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { postedLocale, text } from "../../../../form-data";
import { officeErrorCode } from "../../office-errors";

const applicationIdOf = (form: FormData) =>
  z.coerce
    .number()
    .int()
    .positive()
    .catch(0)
    .parse(text(form, "applicationId", 12));
const page = (form: FormData) => `/${postedLocale(form)}/office/applications/${applicationIdOf(form)}`;

export async function checkDocumentsAction(form: FormData): Promise<void> {
  const actor = await staffForAction(postedLocale(form));
  let outcome = "done=checked";
  try {
    await checkDocuments({ db: getDatabase(), actor, applicationId: applicationIdOf(form) });
  } catch (error) {
    outcome = `error=${officeErrorCode(error)}`;
  }
  redirect(`${page(form)}?${outcome}`);
}

export async function issueSignatureAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const actor = await staffForAction(postedLocale(form));
  const values = { serial: text(form, "serial", 200) };
  const serial = signatureSerialSchema.safeParse(values.serial);
  if (!serial.success) return { errors: { serial: serial.error.issues[0]!.message }, values };
  try {
    await issueSignature({
      db: getDatabase(),
      actor,
      applicationId: applicationIdOf(form),
      serial: serial.data,
    });
  } catch (error) {
    const code = officeErrorCode(error);
    return code === "serialTaken"
      ? { errors: { serial: code }, values }
      : { errors: {}, values, formError: code };
  }
  redirect(`${page(form)}?done=issued`);
}

export async function cancelApplicationAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const actor = await staffForAction(postedLocale(form));
  const values = { reason: text(form, "reason", 1000) };
  const reason = staffCommentSchema.safeParse(values.reason);
  if (!reason.success)
    return {
      errors: problemsByField(reason.error, staffCommentProblems, "commentRequired", "reason"),
      values,
    };
  try {
    await cancelInvoice({
      db: getDatabase(),
      actor,
      invoiceNumber: text(form, "invoiceNumber", 20),
      reason: reason.data,
    });
  } catch (error) {
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  redirect(`${page(form)}?done=cancelled`);
}
