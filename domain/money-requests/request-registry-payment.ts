import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import { applyInvoicePayment } from "@/domain/megapay/apply-invoice-payment";
import { isValidInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { createMoneyRequest } from "./create-money-request";
import type { ChangeOf } from "./money-request-change";
import { refusedRequest, type MoneyRequestResult } from "./money-request-problems";

export interface RequestRegistryPaymentOptions {
  db: Database;
  actor: StaffActor;
  itemId: number;
  // What the person found (already checked by staffCommentSchema).
  reason: string;
}

// "Record this payment" on a registry line we lack: a file one person uploads cannot create
// money by itself, so it becomes a request that someone else approves; approval records it
// through MegaPay's exactly-once ledger under MegaPay's txn_id (decide-money-request.ts).
export async function requestRegistryPayment(
  options: RequestRegistryPaymentOptions,
): Promise<MoneyRequestResult> {
  const { db, actor, itemId, reason } = options;
  if (!can(actor, "reconcile")) throw new NotAllowedError(`${actor.role} may not record registry payments`);
  const item = await db.reconciliationItem.findUnique({
    where: { id: itemId },
    include: { run: { select: { uploadedById: true } } },
  });
  if (!item) return refusedRequest("notFound");
  if (item.class !== "missingHere" || item.account === null || item.sumTyiyn === null || !item.txnAt)
    return refusedRequest("cannotRecord");
  if (item.resolution) return refusedRequest("notPending");
  const waiting = await db.moneyRequest.count({
    where: { reconciliationItemId: itemId, state: "pending" },
  });
  if (waiting > 0) return refusedRequest("pendingExists");

  const service = item.service === "eds" ? "eds" : "soci";
  let invoice: ChangeOf<"registryPayment">["invoice"] = null;
  let clientId: number;
  if (service === "eds") {
    const found = isValidInvoiceNumber(item.account)
      ? await db.invoice.findUnique({
          where: { number: item.account },
          select: {
            id: true,
            number: true,
            amountTyiyn: true,
            paidTyiyn: true,
            status: true,
            clientId: true,
          },
        })
      : null;
    if (!found) return refusedRequest("accountNotFound");
    if (found.status === "cancelled") return refusedRequest("invoiceCancelled");
    const { clientId: owner, ...state } = found;
    invoice = state;
    clientId = owner;
  } else {
    const found = await db.client.findUnique({
      where: { inn: item.account },
      select: { id: true, sociConnected: true },
    });
    if (!found) return refusedRequest("accountNotFound");
    if (!found.sociConnected) return refusedRequest("notConnected");
    clientId = found.id;
  }
  const client = await db.client.findUniqueOrThrow({
    where: { id: clientId },
    select: { id: true, inn: true, name: true },
  });
  const split = invoice
    ? applyInvoicePayment(invoice, item.sumTyiyn)
    : { toInvoiceTyiyn: 0, toBalanceTyiyn: item.sumTyiyn };
  const requestId = await createMoneyRequest({
    db,
    actor,
    change: {
      kind: "registryPayment",
      itemId,
      runId: item.runId,
      line: item.line,
      service,
      txnId: item.txnId,
      account: item.account,
      sumTyiyn: item.sumTyiyn,
      txnAt: item.txnAt.toISOString(),
      uploadedById: item.run.uploadedById,
      client,
      invoice,
      split: { toInvoiceTyiyn: split.toInvoiceTyiyn, toBalanceTyiyn: split.toBalanceTyiyn },
    },
    amountTyiyn: item.sumTyiyn,
    reason,
    office: null,
    clientId,
    invoiceId: invoice?.id ?? null,
    reconciliationItemId: itemId,
  });
  return { ok: true, requestId };
}
