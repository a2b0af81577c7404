import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../staff/staff-access";

export interface AdjustBalanceOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
  // Positive credits, negative debits; never zero.
  amountTyiyn: number;
  // Already checked by staffCommentSchema.
  comment: string;
}

export class BalanceError extends Error {
  override name = "BalanceError";
  constructor(readonly code: "belowZero") {
    super(code);
  }
}

// A manual correction of a client's SOChI balance (admins only, with a reason): one more entry
// in the append-only ledger, never an edit of an old one, so the balance stays the sum of the
// entries. A debit may not take the balance below zero.
export async function adjustBalance({ db, actor, inn, amountTyiyn, comment }: AdjustBalanceOptions) {
  requireRole(actor, ["admin"], "adjust balances");
  await runTransaction(db, async (tx) => {
    const client = await tx.client.findUnique({ where: { inn }, select: { id: true, balanceTyiyn: true } });
    if (!client) throw new ApplicationError("notFound");
    // An increment, so that a top-up in between is kept; a debit only while the balance covers it.
    const { count } = await tx.client.updateMany({
      where: { id: client.id, ...(amountTyiyn < 0 ? { balanceTyiyn: { gte: -amountTyiyn } } : {}) },
      data: { balanceTyiyn: { increment: amountTyiyn } },
    });
    if (count !== 1) throw new BalanceError("belowZero");
    await tx.balanceEntry.create({
      data: {
        clientId: client.id,
        amountTyiyn,
        reason: "manual_adjustment",
        createdById: actor.id,
        comment,
      },
    });
    await recordAuditEvent({
      tx,
      actor,
      action: "client.balance-adjusted",
      subject: { type: "client", id: inn },
      before: { balanceTyiyn: client.balanceTyiyn },
      after: { balanceTyiyn: client.balanceTyiyn + amountTyiyn, amountTyiyn, comment },
    });
  });
}
