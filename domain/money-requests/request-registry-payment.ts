import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { createMoneyRequest } from "./create-money-request";
import { readPaymentTarget } from "./read-payment-target";
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
  const target = await readPaymentTarget({ db, service, account: item.account, sumTyiyn: item.sumTyiyn });
  if (!target.ok) return refusedRequest(target.problem);
  const { client, invoice, split } = target;
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
      split,
    },
    amountTyiyn: item.sumTyiyn,
    reason,
    office: null,
    clientId: client.id,
    invoiceId: invoice?.id ?? null,
    reconciliationItemId: itemId,
  });
  return { ok: true, requestId };
}
