import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { reconciliationClasses, type ReconciliationClass } from "./classify-registry";

export interface ReconciliationItemView {
  id: number;
  class: ReconciliationClass;
  line: number | null;
  service: string;
  txnId: string;
  account: string | null;
  sumTyiyn: number | null;
  txnAt: Date | null;
  paymentId: number | null;
  // What our payment with this txn_id says, where it differs or the registry lacks it.
  ours: { account: string; sumTyiyn: number } | null;
  resolution: "recorded" | "reversed" | "explained" | null;
  // A money request for this item waiting for approval (record or reverse).
  pendingRequestId: number | null;
  comment: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
}

export interface ReconciliationClassTotal {
  class: ReconciliationClass;
  count: number;
  sumTyiyn: number;
  unresolved: number;
}

export interface ReconciliationReport {
  id: number;
  fileName: string;
  fileHash: string;
  periodStart: Date;
  // Exclusive.
  periodEnd: Date;
  uploadedAt: Date;
  uploadedBy: string;
  totals: ReconciliationClassTotal[];
  items: ReconciliationItemView[];
}

// One run's report: counts and sums per class (every class, in the report's order), and the
// items, most urgent first (missing here), each with who resolved it and how.
export async function getReconciliation({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: StaffActor;
  id: number;
}): Promise<ReconciliationReport | null> {
  requirePermission(actor, "reconcile", "see reconciliations");
  const run = await db.reconciliationRun.findUnique({ where: { id }, include: { items: true } });
  if (!run) return null;
  const paymentIds = run.items.flatMap((i) => (i.paymentId === null ? [] : [i.paymentId]));
  const staffIds = [run.uploadedById, ...run.items.flatMap((i) => (i.resolvedById ? [i.resolvedById] : []))];
  const [payments, staff, requests] = await Promise.all([
    db.payment.findMany({
      where: { id: { in: paymentIds } },
      select: { id: true, account: true, sumTyiyn: true },
    }),
    db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }),
    db.moneyRequest.findMany({
      where: { state: "pending", reconciliationItemId: { in: run.items.map((i) => i.id) } },
      select: { id: true, reconciliationItemId: true },
    }),
  ]);
  const nameOf = (staffId: string | null) =>
    staffId ? (staff.find((s) => s.id === staffId)?.name ?? staffId) : null;
  const rank = (c: ReconciliationClass) => reconciliationClasses.indexOf(c);
  const items: ReconciliationItemView[] = run.items
    .map((item) => {
      const payment = payments.find((p) => p.id === item.paymentId);
      return {
        id: item.id,
        class: item.class,
        line: item.line,
        service: item.service,
        txnId: item.txnId,
        account: item.account,
        sumTyiyn: item.sumTyiyn,
        txnAt: item.txnAt,
        paymentId: item.paymentId,
        ours: payment ? { account: payment.account, sumTyiyn: payment.sumTyiyn } : null,
        resolution: item.resolution,
        pendingRequestId: requests.find((r) => r.reconciliationItemId === item.id)?.id ?? null,
        comment: item.comment,
        resolvedBy: nameOf(item.resolvedById),
        resolvedAt: item.resolvedAt,
      };
    })
    .sort(
      (a, b) => rank(a.class) - rank(b.class) || (a.line ?? Infinity) - (b.line ?? Infinity) || a.id - b.id,
    );
  const totals = reconciliationClasses.map((c) => {
    const of = items.filter((i) => i.class === c);
    return {
      class: c,
      count: of.length,
      sumTyiyn: of.reduce((sum, i) => sum + (i.sumTyiyn ?? 0), 0),
      unresolved: c === "matched" ? 0 : of.filter((i) => !i.resolution).length,
    };
  });
  return {
    id: run.id,
    fileName: run.fileName,
    fileHash: run.fileHash,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    uploadedAt: run.uploadedAt,
    uploadedBy: nameOf(run.uploadedById) ?? run.uploadedById,
    totals,
    items,
  };
}
