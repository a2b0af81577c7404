import type { StaffActor } from "@/config/staff-roles";
import type { TransactionClient } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { ChangeOf } from "./money-request-change";
import { MoneyRequestRefusal } from "./money-request-problems";

// An approved balance adjustment, inside the approval's transaction: exactly the amount shown,
// on the balance as it was shown (else balanceChanged, and the transaction undoes the approval).
// One more entry in the append-only ledger, never an edit of an old one.
export async function applyBalanceAdjustment(
  tx: TransactionClient,
  {
    change,
    actor,
    requestedById,
    reason,
  }: { change: ChangeOf<"balanceAdjustment">; actor: StaffActor; requestedById: string; reason: string },
): Promise<void> {
  const { client, amountTyiyn, balanceTyiyn } = change;
  const { count } = await tx.client.updateMany({
    where: { id: client.id, balanceTyiyn },
    data: { balanceTyiyn: { increment: amountTyiyn } },
  });
  if (count !== 1) throw new MoneyRequestRefusal("balanceChanged");
  await tx.balanceEntry.create({
    data: {
      clientId: client.id,
      amountTyiyn,
      reason: "manual_adjustment",
      createdById: requestedById,
      comment: reason,
    },
  });
  await recordAuditEvent({
    tx,
    actor,
    action: "client.balance-adjusted",
    subject: { type: "client", id: client.inn },
    before: { balanceTyiyn },
    after: { balanceTyiyn: balanceTyiyn + amountTyiyn, amountTyiyn, comment: reason, requestedById },
  });
}
