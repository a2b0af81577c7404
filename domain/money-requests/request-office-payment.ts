import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import type { ValidOfficePayment } from "../payments/office-payment-schema";
import { requirePermission } from "../staff/staff-access";
import { createMoneyRequest } from "./create-money-request";
import { readChange, type ChangeOf } from "./money-request-change";
import { readPaymentTarget } from "./read-payment-target";
import { refusedRequest, type MoneyRequestResult } from "./money-request-problems";

export interface RequestOfficePaymentOptions {
  db: Database;
  actor: StaffActor;
  payment: ValidOfficePayment;
  // Where the money was taken (the invoice's office for an EDS payment).
  office: string;
  // Why it is more than one person may record: what happened (already checked).
  reason: string;
  // Who may ask: the till's office work (by default), or the bank statements' accountants.
  permission?: "officeWork" | "bankStatements";
  // A statement's transfer: who uploaded the statements that list it (they may not approve).
  uploadedByIds?: string[];
}

// A cash or bank payment that one person may not record alone (more than an EDS invoice still
// has due, so that the excess is credited to the client's balance; a SOChI top-up outside
// MegaPay's limits) becomes a request that someone else approves. What it would change is fixed
// now, against the invoice as it is: approval records exactly this, or nothing.
export async function requestOfficePayment(
  options: RequestOfficePaymentOptions,
): Promise<MoneyRequestResult> {
  const { db, actor, payment, office, reason, permission = "officeWork" } = options;
  requirePermission(actor, permission, "ask to record payments", office);
  const used = await db.payment.findUnique({
    where: { method_receiptNumber: { method: payment.method, receiptNumber: payment.receiptNumber } },
    select: { id: true },
  });
  if (used) return refusedRequest("receiptUsed");
  // The same receipt already waiting for approval: the same request again (a double click), or
  // the receipt is taken.
  for (const waiting of await db.moneyRequest.findMany({
    where: { kind: "officePayment", state: "pending" },
    select: { id: true, change: true },
  })) {
    const asked = readChange(waiting.change);
    if (asked.kind !== "officePayment" || asked.method !== payment.method) continue;
    if (asked.receiptNumber !== payment.receiptNumber) continue;
    const same = asked.account === payment.account && asked.sumTyiyn === payment.amount;
    return same ? { ok: true, requestId: waiting.id } : refusedRequest("receiptUsed");
  }

  const target = await readPaymentTarget({
    db,
    service: payment.service,
    account: payment.account,
    sumTyiyn: payment.amount,
  });
  if (!target.ok) return refusedRequest(target.problem);
  const { client, invoice, split } = target;
  const change: ChangeOf<"officePayment"> = {
    kind: "officePayment",
    service: payment.service,
    method: payment.method,
    account: payment.account,
    sumTyiyn: payment.amount,
    receiptNumber: payment.receiptNumber,
    receiptShown: payment.receiptShown,
    paidOn: payment.paidOn.toISOString(),
    office,
    client,
    invoice,
    split,
    ...(options.uploadedByIds ? { uploadedByIds: options.uploadedByIds } : {}),
  };
  const requestId = await createMoneyRequest({
    db,
    actor,
    change,
    amountTyiyn: payment.amount,
    reason,
    office,
    clientId: client.id,
    invoiceId: invoice?.id ?? null,
  });
  return { ok: true, requestId };
}
