import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { createMoneyRequest } from "./create-money-request";
import type { ChangeOf } from "./money-request-change";
import { refusedRequest, type MoneyRequestResult } from "./money-request-problems";

export interface RequestReversalOptions {
  db: Database;
  actor: StaffActor;
  paymentId: number;
  // Already checked by staffCommentSchema.
  reason: string;
  // A MegaPay payment is reversed only from reconciliation: the item that shows MegaPay never
  // made it (class missingThere), or the payment was itself recorded from a registry line.
  reconciliationItemId?: number;
}

// Asks to reverse a recorded payment: a new entry with the opposite sum that points at it, once
// someone else approves. What it would change is fixed now: what goes back to due on the invoice
// (the part of the payment that paid it) and what is debited from the balance (the part that
// went there), against the invoice and balance as they are now. A balance that no longer holds
// that part is shown as a shortfall; such a request cannot be approved.
export async function requestReversal(options: RequestReversalOptions): Promise<MoneyRequestResult> {
  const { db, actor, paymentId, reason, reconciliationItemId } = options;
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: {
      client: { select: { id: true, inn: true, name: true, balanceTyiyn: true } },
      invoice: {
        select: {
          id: true,
          number: true,
          amountTyiyn: true,
          paidTyiyn: true,
          status: true,
          application: { select: { signature: { select: { id: true } } } },
        },
      },
      balanceEntries: { select: { amountTyiyn: true } },
      reversedBy: { select: { id: true } },
    },
  });
  if (!payment || !payment.client) return refusedRequest("notFound");
  let uploadedById: string | null = null;
  if (payment.method === "megapay") {
    if (!can(actor, "reconcile")) throw new NotAllowedError(`${actor.role} may not reverse MegaPay payments`);
    const fromRegistry = payment.providerRequest?.startsWith("registry:") ?? false;
    const item = reconciliationItemId
      ? await db.reconciliationItem.findUnique({
          where: { id: reconciliationItemId },
          include: { run: { select: { uploadedById: true } } },
        })
      : null;
    uploadedById = item?.run.uploadedById ?? null;
    const neverMade = item?.class === "missingThere" && item.paymentId === payment.id && !item.resolution;
    if (!fromRegistry && !neverMade) return refusedRequest("notReversible");
  } else if (!can(actor, "requestReversal", payment.office)) {
    throw new NotAllowedError(`${actor.role} may not ask to reverse payments of ${payment.office}`);
  }
  if (payment.reversesId !== null || payment.sumTyiyn <= 0) return refusedRequest("notReversible");
  if (payment.reversedBy) return refusedRequest("alreadyReversed");
  // The signature was handed out against this money: taking the money back while the signature
  // stays valid would give it away. The signature is revoked first (outside this system).
  if (payment.invoice?.application?.signature) return refusedRequest("signatureIssued");
  const waiting = await db.moneyRequest.count({
    where: { kind: "reversal", paymentId, state: "pending" },
  });
  if (waiting > 0) return refusedRequest("pendingExists");

  const fromBalanceTyiyn = payment.balanceEntries.reduce((sum, e) => sum + e.amountTyiyn, 0);
  const change: ChangeOf<"reversal"> = {
    kind: "reversal",
    payment: {
      id: payment.id,
      service: payment.service === "eds" ? "eds" : "soci",
      method: payment.method,
      account: payment.account,
      sumTyiyn: payment.sumTyiyn,
      reference: payment.receiptShown ?? payment.receiptNumber ?? payment.providerTxnId,
      office: payment.office,
    },
    client: { id: payment.client.id, inn: payment.client.inn, name: payment.client.name },
    invoice: payment.invoice && {
      id: payment.invoice.id,
      number: payment.invoice.number,
      amountTyiyn: payment.invoice.amountTyiyn,
      paidTyiyn: payment.invoice.paidTyiyn,
      status: payment.invoice.status,
    },
    fromInvoiceTyiyn: payment.sumTyiyn - fromBalanceTyiyn,
    balanceTyiyn: payment.client.balanceTyiyn,
    fromBalanceTyiyn,
    reconciliationItemId: reconciliationItemId ?? null,
    uploadedById,
  };
  const requestId = await createMoneyRequest({
    db,
    actor,
    change,
    amountTyiyn: -payment.sumTyiyn,
    reason,
    office: payment.office,
    clientId: payment.client.id,
    invoiceId: payment.invoiceId,
    paymentId,
    reconciliationItemId: reconciliationItemId ?? null,
  });
  return { ok: true, requestId };
}
