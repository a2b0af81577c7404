"use server";

import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { checkDocuments } from "@/domain/applications/check-documents";
import { issueSignature } from "@/domain/applications/issue-signature";
import { signatureSerialSchema } from "@/domain/applications/signature-schema";
import { cancelInvoice } from "@/domain/invoices/cancel-invoice";
import { staffCommentProblems, staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { postedLocale, text } from "../../../../form-data";
import { staffButtonAction, staffFormAction } from "../../staff-action";

const applicationIdOf = (form: FormData) =>
  z.coerce
    .number()
    .int()
    .positive()
    .catch(0)
    .parse(text(form, "applicationId", 12));
const page = (form: FormData) => `/${postedLocale(form)}/office/applications/${applicationIdOf(form)}`;

export async function checkDocumentsAction(form: FormData): Promise<void> {
  return staffButtonAction(form, {
    permission: "officeWork",
    page,
    async run({ db, actor }) {
      await checkDocuments({ db, actor, applicationId: applicationIdOf(form) });
      return "checked";
    },
  });
}

export async function issueSignatureAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "officeWork",
    fields: ["serial"],
    schema: z.object({ serial: signatureSerialSchema }),
    problems: ["serialFormat", "required", "tooLong"],
    fallback: "serialFormat",
    fieldOf: { serialTaken: "serial" },
    async run({ serial }, { db, actor }) {
      await issueSignature({ db, actor, applicationId: applicationIdOf(form), serial });
      return { redirect: `${page(form)}?done=issued` };
    },
  });
}

export async function cancelApplicationAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "officeWork",
    fields: ["reason"],
    maxLength: 1000,
    schema: z.object({ reason: staffCommentSchema }),
    problems: staffCommentProblems,
    fallback: "commentRequired",
    async run({ reason }, { db, actor }) {
      await cancelInvoice({ db, actor, invoiceNumber: text(form, "invoiceNumber", 20), reason });
      return { redirect: `${page(form)}?done=cancelled` };
    },
  });
}
