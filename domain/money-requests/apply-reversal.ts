import type { StaffActor } from "@/config/staff-roles";
import type { TransactionClient } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { reversalShortfall, type ChangeOf } from "./money-request-change";
import { MoneyRequestRefusal } from "./money-request-problems";

const invoiceStatusOf = (paidTyiyn: number, amountTyiyn: number) =>
  paidTyiyn >= amountTyiyn ? "paid" : paidTyiyn > 0 ? "partly_paid" : "awaiting";

// An approved reversal, inside the approval's transaction: a new payment with the opposite sum
// pointing at the original (which is never changed; Payment.reversesId is unique, so a payment is
// reversed once), the invoice back to due by the part the payment paid, the balance debited by
// the part that went there, each only if it is still as the request showed. Dated now: the
// journal, the daily close and the exports count it on the day of the reversal.
export async function applyReversal(
  tx: TransactionClient,
  options: {
    change: ChangeOf<"reversal">;
    actor: StaffActor;
    requestId: number;
    requestedById: string;
    reason: string;
    now?: Date;
  },
): Promise<number> {
  const { change, actor, requestId, requestedById, reason } = options;
  const { payment, invoice, client } = change;
  if (reversalShortfall(change) > 0) throw new MoneyRequestRefusal("shortfall");
  if (invoice && change.fromInvoiceTyiyn > 0) {
    const paidTyiyn = invoice.paidTyiyn - change.fromInvoiceTyiyn;
    const { count } = await tx.invoice.updateMany({
      where: { id: invoice.id, paidTyiyn: invoice.paidTyiyn, status: invoice.status },
      data: { paidTyiyn, status: invoiceStatusOf(paidTyiyn, invoice.amountTyiyn), paidAt: null },
    });
    if (count !== 1) throw new MoneyRequestRefusal("invoiceChanged");
  }
  if (change.fromBalanceTyiyn > 0) {
    const { count } = await tx.client.updateMany({
      where: { id: client.id, balanceTyiyn: change.balanceTyiyn },
      data: { balanceTyiyn: { decrement: change.fromBalanceTyiyn } },
    });
    if (count !== 1) throw new MoneyRequestRefusal("balanceChanged");
  }
  const now = options.now ?? new Date();
  const original = await tx.payment.findUniqueOrThrow({
    where: { id: payment.id },
    select: {
      service: true,
      method: true,
      account: true,
      sumTyiyn: true,
      office: true,
      invoiceId: true,
      reversedBy: { select: { id: true } },
    },
  });
  if (original.reversedBy) throw new MoneyRequestRefusal("alreadyReversed");
  const reversal = await tx.payment.create({
    data: {
      service: original.service,
      method: original.method,
      providerTxnId: `reversal:${payment.id}`,
      account: original.account,
      sumTyiyn: -original.sumTyiyn,
      providerTxnAt: now,
      receivedAt: now,
      clientId: client.id,
      invoiceId: original.invoiceId,
      office: original.office,
      recordedById: requestedById,
      reversesId: payment.id,
    },
    select: { id: true },
  });
  if (change.fromBalanceTyiyn > 0) {
    await tx.balanceEntry.create({
      data: {
        clientId: client.id,
        amountTyiyn: -change.fromBalanceTyiyn,
        reason: `${original.method}_reversal`,
        paymentId: reversal.id,
        createdById: requestedById,
        comment: reason,
      },
    });
  }
  if (change.reconciliationItemId !== null) {
    await tx.reconciliationItem.updateMany({
      where: { id: change.reconciliationItemId, resolution: null },
      data: { resolution: "reversed", comment: reason, resolvedById: actor.id, resolvedAt: now },
    });
  }
  await recordAuditEvent({
    tx,
    actor,
    action: "payment.reversed",
    subject: { type: "payment", id: String(payment.id) },
    after: { reversalId: reversal.id, requestId, sumTyiyn: -original.sumTyiyn, reason, requestedById },
  });
  return reversal.id;
}
