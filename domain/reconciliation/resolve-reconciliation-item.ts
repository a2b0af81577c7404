import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { MoneyRequestProblem } from "../money-requests/money-request-problems";
import { requestRegistryPayment } from "../money-requests/request-registry-payment";
import { requestReversal } from "../money-requests/request-reversal";
import { requirePermission } from "../staff/staff-access";

export const resolveProblems = [
  "notFound",
  "notADifference",
  "alreadyResolved",
  "cannotRecord",
  "accountNotFound",
  "invoiceCancelled",
  "sumTooSmall",
  "sumTooLarge",
  "txnConflict",
  // A request for this item already waits for approval.
  "pendingExists",
  "alreadyReversed",
  "notReversible",
  "signatureIssued",
] as const;
export type ResolveProblem = (typeof resolveProblems)[number];

export interface ResolveReconciliationItemOptions {
  db: Database;
  actor: StaffActor;
  itemId: number;
  // "record": ask that a payment MegaPay lists and we lack be recorded as MegaPay's pay would
  // record it; "reverse": ask that a payment of ours MegaPay never made be reversed; both wait
  // for someone else's approval (domain/money-requests/). "explain": closed with what the person
  // found.
  action: "record" | "reverse" | "explain";
  comment: string;
}

export type ResolveResult = { ok: true; requestId?: number } | { ok: false; problem: ResolveProblem };

const problemOf: Partial<Record<MoneyRequestProblem, ResolveProblem>> = {
  notFound: "notFound",
  notPending: "alreadyResolved",
  accountNotFound: "accountNotFound",
  notConnected: "accountNotFound",
  invoiceCancelled: "invoiceCancelled",
  pendingExists: "pendingExists",
  alreadyReversed: "alreadyReversed",
  notReversible: "notReversible",
  signatureIssued: "signatureIssued",
};

// A person resolves one difference of a reconciliation, with a comment. A file one person
// uploaded cannot create or remove money by itself: "record this payment" and "reverse" become
// money requests, and the item is resolved when someone else approves (recorded under MegaPay's
// txn_id through the exactly-once ledger, so that MegaPay's own pay, if it ever comes, replays
// it). The item is marked only once: two people resolving it at once get one resolution.
export async function resolveReconciliationItem(
  options: ResolveReconciliationItemOptions,
): Promise<ResolveResult> {
  const { db, actor, itemId, action, comment } = options;
  requirePermission(actor, "reconcile", "resolve reconciliation differences");
  const item = await db.reconciliationItem.findUnique({ where: { id: itemId } });
  if (!item) return { ok: false, problem: "notFound" };
  if (item.class === "matched") return { ok: false, problem: "notADifference" };
  if (item.resolution) return { ok: false, problem: "alreadyResolved" };

  if (action !== "explain") {
    const asked =
      action === "record"
        ? item.class === "missingHere"
          ? await requestRegistryPayment({ db, actor, itemId, reason: comment })
          : null
        : item.class === "missingThere" && item.paymentId !== null
          ? await requestReversal({
              db,
              actor,
              paymentId: item.paymentId,
              reason: comment,
              reconciliationItemId: itemId,
            })
          : null;
    if (!asked) return { ok: false, problem: "cannotRecord" };
    return asked.ok ? asked : { ok: false, problem: problemOf[asked.problem] ?? "cannotRecord" };
  }

  const waiting = await db.moneyRequest.count({ where: { reconciliationItemId: itemId, state: "pending" } });
  if (waiting > 0) return { ok: false, problem: "pendingExists" };
  return runTransaction(db, async (tx) => {
    const marked = await tx.reconciliationItem.updateMany({
      where: { id: itemId, resolution: null },
      data: { resolution: "explained", comment, resolvedById: actor.id, resolvedAt: new Date() },
    });
    if (marked.count === 0) return { ok: false as const, problem: "alreadyResolved" as const };
    await recordAuditEvent({
      tx,
      actor,
      action: "reconciliation.resolved",
      subject: { type: "reconciliation", id: String(item.runId) },
      after: { itemId, class: item.class, txnId: item.txnId, resolution: action, comment },
    });
    return { ok: true as const };
  });
}
