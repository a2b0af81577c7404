"use server";

import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { clientContactsSchema } from "@/domain/clients/client-contacts-schema";
import { setClientReminders } from "@/domain/clients/set-client-reminders";
import { setSociConnection } from "@/domain/clients/set-soci-connection";
import { updateClientContacts } from "@/domain/clients/update-client-contacts";
import { requestBalanceAdjustment } from "@/domain/money-requests/request-balance-adjustment";
import { parseSignedSomInput } from "@/domain/payments/office-payment-schema";
import { fieldErrorsOf } from "@/domain/registration/registration-schema";
import { staffCommentProblems, staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { normalizeInn } from "@/lib/inn";
import { postedLocale, text } from "../../../../form-data";
import { staffButtonAction, staffFormAction } from "../../staff-action";

const innOf = (form: FormData) => {
  const inn = normalizeInn(text(form, "inn", 40));
  return /^\d{14}$/.test(inn) ? inn : "";
};
const page = (form: FormData) => `/${postedLocale(form)}/office/clients/${innOf(form)}`;

export async function updateContactsAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "editClient",
    fields: ["headName", "phone", "email"],
    schema: clientContactsSchema,
    problems: [],
    fallback: "required",
    problemsOf: (error) =>
      Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([k, v]) => [k, v!.code])),
    async run(contacts, { db, actor }) {
      await updateClientContacts({ db, actor, inn: innOf(form), contacts });
      return { redirect: `${page(form)}?done=contacts` };
    },
  });
}

export async function setSociConnectionAction(form: FormData): Promise<void> {
  return staffButtonAction(form, {
    permission: "editClient",
    page,
    async run({ db, actor }) {
      await setSociConnection({ db, actor, inn: innOf(form), connected: form.get("connected") === "1" });
      return "soci";
    },
  });
}

export async function setRemindersAction(form: FormData): Promise<void> {
  return staffButtonAction(form, {
    permission: "editClient",
    page,
    async run({ db, actor }) {
      await setClientReminders({ db, actor, inn: innOf(form), on: form.get("on") === "1" });
      return "reminders";
    },
  });
}

const adjustmentSchema = z.object({
  amount: z.string().transform((v, ctx) => {
    const tyiyn = parseSignedSomInput(v);
    if (tyiyn === null) ctx.addIssue({ code: "custom", message: "amountFormat" });
    return tyiyn ?? 0;
  }),
  comment: staffCommentSchema,
});

// Asks for a balance adjustment; nothing changes until someone else approves: the request opens.
export async function adjustBalanceAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "requestBalanceAdjustment",
    fields: ["amount", "comment"],
    maxLength: 1000,
    schema: adjustmentSchema,
    problems: [...staffCommentProblems, "amountFormat"],
    fallback: "commentRequired",
    fieldOf: { belowZero: "amount" },
    async run({ amount, comment }, { db, actor, locale }) {
      const result = await requestBalanceAdjustment({
        db,
        actor,
        inn: innOf(form),
        amountTyiyn: amount,
        reason: comment,
      });
      return result.ok
        ? { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` }
        : { problem: result.problem };
    },
  });
}
