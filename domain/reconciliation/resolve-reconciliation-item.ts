import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { megapaySource, type AfterRecord } from "@/domain/megapay/record-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { PaymentRefusal } from "@/domain/megapay/payment-result";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../staff/staff-access";
import { reconciliationRoles } from "./reconcile-registry";

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
] as const;
export type ResolveProblem = (typeof resolveProblems)[number];

export interface ResolveReconciliationItemOptions {
  db: Database;
  actor: StaffActor;
  itemId: number;
  // "record": a payment MegaPay lists and we lack is recorded as MegaPay's pay would record it;
  // "explain": closed with what the person found.
  action: "record" | "explain";
  comment: string;
  limits: SociLimits;
}

const problemOf: Record<PaymentRefusal, ResolveProblem> = {
  accountNotFound: "accountNotFound",
  notConnected: "accountNotFound",
  invoiceCancelled: "invoiceCancelled",
  // Refusals of office payments only; MegaPay's are never limited to what is due.
  invoicePaid: "cannotRecord",
  aboveDue: "cannotRecord",
  sumTooSmall: "sumTooSmall",
  sumTooLarge: "sumTooLarge",
  txnConflict: "txnConflict",
};

// A person resolves one difference of a reconciliation, with a comment. "Record this payment"
// goes through the same exactly-once ledger as MegaPay's `pay`, under MegaPay's txn_id, so that
// MegaPay's own pay, if it ever comes, replays it instead of crediting twice (and a pay that came
// meanwhile is found, not doubled). The item is marked only once: two people resolving it at
// once get one resolution.
export async function resolveReconciliationItem(
  options: ResolveReconciliationItemOptions,
): Promise<{ ok: true } | { ok: false; problem: ResolveProblem }> {
  const { db, actor, itemId, action, comment, limits } = options;
  requireRole(actor, reconciliationRoles, "resolve reconciliation differences");
  const item = await db.reconciliationItem.findUnique({ where: { id: itemId } });
  if (!item) return { ok: false, problem: "notFound" };
  if (item.class === "matched") return { ok: false, problem: "notADifference" };
  if (item.resolution) return { ok: false, problem: "alreadyResolved" };

  let paymentId = item.paymentId;
  if (action === "record") {
    if (item.class !== "missingHere" || item.account === null || item.sumTyiyn === null || !item.txnAt)
      return { ok: false, problem: "cannotRecord" };
    const request = {
      txnId: item.txnId,
      account: item.account,
      sumTyiyn: item.sumTyiyn,
      txnDate: item.txnAt,
    };
    const source = megapaySource(`registry: reconciliation ${item.runId}, line ${item.line}`);
    const afterRecord: AfterRecord = (ledger, id) =>
      ledger.insertAuditEvent({
        actorId: actor.id,
        actorEmail: actor.email,
        action: "payment.recorded",
        subjectType: "payment",
        subjectId: String(id),
        after: JSON.stringify({ from: "megapay-registry", runId: item.runId, line: item.line, comment }),
      });
    const result =
      item.service === "eds"
        ? await recordEdsPayment({ db, request, source, afterRecord })
        : await recordSociPayment({ db, request, source, afterRecord, limits });
    if (result.status === "refused") return { ok: false, problem: problemOf[result.refusal] };
    paymentId = result.paymentId;
  }

  return runTransaction(db, async (tx) => {
    const marked = await tx.reconciliationItem.updateMany({
      where: { id: itemId, resolution: null },
      data: {
        resolution: action === "record" ? "recorded" : "explained",
        comment,
        paymentId,
        resolvedById: actor.id,
        resolvedAt: new Date(),
      },
    });
    if (marked.count === 0) return { ok: false as const, problem: "alreadyResolved" as const };
    await recordAuditEvent({
      tx,
      actor,
      action: "reconciliation.resolved",
      subject: { type: "reconciliation", id: String(item.runId) },
      after: { itemId, class: item.class, txnId: item.txnId, resolution: action, paymentId, comment },
    });
    return { ok: true as const };
  });
}
