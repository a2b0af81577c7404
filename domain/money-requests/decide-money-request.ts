import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import { isUniqueViolation, runTransaction, type Database, type TransactionClient } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { NotAllowedError } from "../staff/staff-access";
import { applyBalanceAdjustment } from "./apply-balance-adjustment";
import { findListedTransfer } from "../bank-statements/find-listed-transfer";
import { applyRequestedPayment, problemOfRefusal } from "./apply-requested-payment";
import { applyReversal } from "./apply-reversal";
import { claimMoneyRequest } from "./claim-money-request";
import { findDependentApproval } from "./find-dependent-approval";
import { readChange, uploadersOf } from "./money-request-change";
import { MoneyRequestRefusal, type MoneyRequestProblem } from "./money-request-problems";

export interface DecideMoneyRequestOptions {
  db: Database;
  actor: StaffActor;
  requestId: number;
  decision: "approve" | "reject";
  // Already checked by staffCommentSchema.
  comment: string;
  limits: SociLimits;
  // When a reversal happens (tests move it; the journal and the daily close date it by this).
  now?: () => Date;
}

export type DecideMoneyRequestResult = { ok: true } | { ok: false; problem: MoneyRequestProblem };

// Someone other than the person who asked approves or rejects a money request, with a comment.
// Approval applies exactly what the request showed, or nothing and says why (the invoice or the
// balance moved, the money was spent). Of two people deciding at once, one decides; the other is
// told it is no longer pending. Balance adjustments and reversals are applied in the approval's
// own transaction; a payment goes through the exactly-once ledger after the request is marked
// approved (so that nobody can reject it meanwhile), and the mark is taken back if the ledger
// refuses. An approved payment request whose payment is missing (a crash in between) is finished
// by the same approver approving it again: the ledger replays what it already recorded.
export async function decideMoneyRequest(
  options: DecideMoneyRequestOptions,
): Promise<DecideMoneyRequestResult> {
  const { db, actor, requestId, decision, comment } = options;
  if (!can(actor, "decideMoneyRequests"))
    throw new NotAllowedError(`${actor.role} may not decide money requests`);
  const request = await db.moneyRequest.findUnique({ where: { id: requestId } });
  if (!request) return { ok: false, problem: "notFound" };
  if (request.requestedById === actor.id) return { ok: false, problem: "ownRequest" };
  const change = readChange(request.change);
  const uploaders = uploadersOf(change);
  const dependent = await findDependentApproval({
    db,
    approverId: actor.id,
    involvedIds: [request.requestedById, ...uploaders],
    requestedAt: request.requestedAt,
  });
  if (dependent) return { ok: false, problem: dependent };
  const unfinished =
    request.state === "approved" && request.resultPaymentId === null && request.decidedById === actor.id;
  if (request.state !== "pending" && !(unfinished && decision === "approve"))
    return { ok: false, problem: "notPending" };
  // A bank payment typed in by hand whose transfer a statement has listed since the request was
  // made: it is decided there (recorded already, or in the queue), never a second time here.
  if (
    decision === "approve" &&
    change.kind === "officePayment" &&
    change.method === "bank" &&
    change.uploadedByIds === undefined &&
    (await findListedTransfer({
      db,
      receiptNumber: change.receiptNumber,
      amountTyiyn: change.sumTyiyn,
      paidOn: new Date(change.paidOn),
    }))
  )
    return { ok: false, problem: "inStatement" };
  const decided = (tx: TransactionClient, extra: Record<string, unknown> = {}) =>
    recordAuditEvent({
      tx,
      actor,
      action: decision === "approve" ? "money-request.approved" : "money-request.rejected",
      subject: { type: "money-request", id: String(requestId) },
      after: {
        kind: request.kind,
        amountTyiyn: request.amountTyiyn,
        requestedById: request.requestedById,
        comment,
        ...extra,
      },
    });
  const claim = (tx: TransactionClient) =>
    claimMoneyRequest(tx, {
      requestId,
      actor,
      state: decision === "approve" ? "approved" : "rejected",
      comment,
    });
  const base = { actor, requestedById: request.requestedById, reason: request.reason };

  try {
    if (decision === "reject") {
      await runTransaction(db, async (tx) => {
        await claim(tx);
        await decided(tx);
      });
      return { ok: true };
    }
    if (change.kind === "balanceAdjustment") {
      await runTransaction(db, async (tx) => {
        await claim(tx);
        await applyBalanceAdjustment(tx, { ...base, change });
        await decided(tx);
      });
      return { ok: true };
    }
    if (change.kind === "reversal") {
      await runTransaction(db, async (tx) => {
        await claim(tx);
        const reversalId = await applyReversal(tx, { ...base, change, requestId, now: options.now?.() });
        await tx.moneyRequest.update({ where: { id: requestId }, data: { resultPaymentId: reversalId } });
        await decided(tx, { reversalId });
      });
      return { ok: true };
    }

    if (!unfinished) await runTransaction(db, claim);
    // Taken back only while nothing was recorded for it.
    const release = () =>
      db.moneyRequest.updateMany({
        where: { id: requestId, state: "approved", resultPaymentId: null, decidedById: actor.id },
        data: {
          state: "pending",
          decidedById: null,
          decidedByEmail: null,
          decidedAt: null,
          decisionComment: null,
        },
      });
    let result;
    try {
      result = await applyRequestedPayment({
        db,
        actor,
        requestId,
        requestedById: request.requestedById,
        change,
        limits: options.limits,
      });
    } catch (error) {
      await release();
      throw error;
    }
    if (result.status === "refused") {
      await release();
      return { ok: false, problem: problemOfRefusal[result.refusal] };
    }
    const paymentId = result.paymentId;
    await runTransaction(db, async (tx) => {
      await tx.moneyRequest.update({ where: { id: requestId }, data: { resultPaymentId: paymentId } });
      if (change.kind === "registryPayment") {
        await tx.reconciliationItem.updateMany({
          where: { id: change.itemId, resolution: null },
          data: {
            resolution: "recorded",
            comment: request.reason,
            paymentId,
            resolvedById: actor.id,
            resolvedAt: new Date(),
          },
        });
      }
      await decided(tx, { paymentId });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof MoneyRequestRefusal) return { ok: false, problem: error.problem };
    // Payment.reversesId is unique: the payment was reversed meanwhile by another request.
    if (change.kind === "reversal" && isUniqueViolation(error))
      return { ok: false, problem: "alreadyReversed" };
    throw error;
  }
}
