import type { StaffActor } from "@/config/staff-roles";
import type { RegistryRow } from "@/lib/megapay-registry";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { classifyRegistry, type LedgerPayment } from "./classify-registry";

export interface ReconcileRegistryOptions {
  db: Database;
  actor: StaffActor;
  fileName: string;
  // SHA-256 of the file's bytes, hex.
  fileHash: string;
  // Bishkek days: start inclusive, end exclusive.
  period: { start: Date; end: Date };
  rows: RegistryRow[];
}

// Compares MegaPay's registry of a period with our MegaPay payments and keeps the result as a
// run with one item per row and per unlisted payment of ours, all in one transaction. The same
// file again (by its hash) changes nothing and answers the run it made the first time.
export async function reconcileRegistry(
  options: ReconcileRegistryOptions,
): Promise<{ runId: number; existing: boolean }> {
  const { db, actor, fileName, fileHash, period, rows } = options;
  requirePermission(actor, "reconcile", "reconcile MegaPay's registry");
  const earlier = await db.reconciliationRun.findUnique({ where: { fileHash }, select: { id: true } });
  if (earlier) return { runId: earlier.id, existing: true };

  return runTransaction(db, async (tx) => {
    const select = {
      id: true,
      service: true,
      providerTxnId: true,
      account: true,
      sumTyiyn: true,
      providerTxnAt: true,
    };
    const listed = new Map<string, string[]>();
    for (const row of rows) listed.set(row.service, [...(listed.get(row.service) ?? []), row.txnId]);
    const found = [];
    for (const [service, txnIds] of listed) {
      for (let i = 0; i < txnIds.length; i += 1000) {
        found.push(
          ...(await tx.payment.findMany({
            where: { method: "megapay", service, providerTxnId: { in: txnIds.slice(i, i + 1000) } },
            select,
          })),
        );
      }
    }
    found.push(
      ...(await tx.payment.findMany({
        // Reversals, and payments already reversed, are settled: not differences to list again.
        where: {
          method: "megapay",
          reversesId: null,
          reversedBy: { is: null },
          providerTxnAt: { gte: period.start, lt: period.end },
        },
        select,
      })),
    );
    const payments = new Map<number, LedgerPayment>();
    for (const p of found) {
      payments.set(p.id, {
        id: p.id,
        service: p.service,
        txnId: p.providerTxnId,
        account: p.account,
        sumTyiyn: p.sumTyiyn,
        txnAt: p.providerTxnAt,
      });
    }
    const items = classifyRegistry({ rows, payments: [...payments.values()], period });
    const run = await tx.reconciliationRun.create({
      data: { fileHash, fileName, periodStart: period.start, periodEnd: period.end, uploadedById: actor.id },
      select: { id: true },
    });
    for (let i = 0; i < items.length; i += 1000) {
      await tx.reconciliationItem.createMany({
        data: items.slice(i, i + 1000).map((item) => ({ ...item, runId: run.id })),
      });
    }
    const counts: Record<string, number> = {};
    for (const item of items) counts[item.class] = (counts[item.class] ?? 0) + 1;
    await recordAuditEvent({
      tx,
      actor,
      action: "reconciliation.uploaded",
      subject: { type: "reconciliation", id: String(run.id) },
      after: { fileName, fileHash, rows: rows.length, counts },
    });
    return { runId: run.id, existing: false };
  });
}
