import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { MoneyRequestChange } from "./money-request-change";

export interface CreateMoneyRequestOptions {
  db: Database;
  actor: StaffActor;
  change: MoneyRequestChange;
  amountTyiyn: number;
  reason: string;
  office: string | null;
  clientId: number | null;
  invoiceId?: number | null;
  paymentId?: number | null;
  reconciliationItemId?: number | null;
}

// Keeps a request with exactly what it would change, and its audit event, together. Nothing in
// the ledger changes here: that waits for someone else's approval (decide-money-request.ts).
export async function createMoneyRequest(options: CreateMoneyRequestOptions): Promise<number> {
  const { db, actor, change, amountTyiyn, reason, office } = options;
  return runTransaction(db, async (tx) => {
    const request = await tx.moneyRequest.create({
      data: {
        kind: change.kind,
        change: JSON.stringify(change),
        amountTyiyn,
        reason,
        office,
        clientId: options.clientId,
        invoiceId: options.invoiceId ?? null,
        paymentId: options.paymentId ?? null,
        reconciliationItemId: options.reconciliationItemId ?? null,
        requestedById: actor.id,
        requestedByEmail: actor.email,
      },
      select: { id: true },
    });
    await recordAuditEvent({
      tx,
      actor,
      action: "money-request.created",
      subject: { type: "money-request", id: String(request.id) },
      after: { kind: change.kind, amountTyiyn, reason, change },
    });
    return request.id;
  });
}
