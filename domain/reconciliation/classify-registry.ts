import type { RegistryRow } from "@/lib/megapay-registry";

export const reconciliationClasses = [
  "missingHere",
  "sumDiffers",
  "accountDiffers",
  "missingThere",
  "duplicateRow",
  "outsidePeriod",
  "matched",
] as const;
// In this order on the report: MegaPay took a payer's money and we have no payment first.
export type ReconciliationClass = (typeof reconciliationClasses)[number];

// A MegaPay payment of ours, as the reconciliation compares it.
export interface LedgerPayment {
  id: number;
  service: string;
  txnId: string;
  account: string;
  sumTyiyn: number;
  txnAt: Date;
}

export interface ClassifiedItem {
  class: ReconciliationClass;
  // The registry's line; null for a payment of ours that it does not list.
  line: number | null;
  service: string;
  txnId: string;
  // What the registry says (for missingThere: what we recorded).
  account: string;
  sumTyiyn: number;
  txnAt: Date;
  paymentId: number | null;
}

export interface ClassifyRegistryOptions {
  rows: RegistryRow[];
  // Our MegaPay payments with a (service, txn_id) of the rows, and those whose MegaPay time falls
  // in the period.
  payments: LedgerPayment[];
  period: { start: Date; end: Date };
}

const keyOf = (service: string, txnId: string) => `${service}\u0000${txnId}`;

// Matches by (service, txn_id), MegaPay's exactly-once key: every row of the registry gets a
// class, and so does every payment of ours in the period that no row lists.
export function classifyRegistry({ rows, payments, period }: ClassifyRegistryOptions): ClassifiedItem[] {
  const ours = new Map(payments.map((p) => [keyOf(p.service, p.txnId), p]));
  const listed = new Set<string>();
  const items: ClassifiedItem[] = rows.map((row) => {
    const key = keyOf(row.service, row.txnId);
    const payment = ours.get(key) ?? null;
    const item = { ...row, paymentId: payment?.id ?? null };
    if (listed.has(key)) return { ...item, class: "duplicateRow" as const };
    listed.add(key);
    if (row.txnAt < period.start || row.txnAt >= period.end)
      return { ...item, class: "outsidePeriod" as const };
    if (!payment) return { ...item, class: "missingHere" as const };
    if (payment.account !== row.account) return { ...item, class: "accountDiffers" as const };
    if (payment.sumTyiyn !== row.sumTyiyn) return { ...item, class: "sumDiffers" as const };
    return { ...item, class: "matched" as const };
  });
  for (const p of payments) {
    if (listed.has(keyOf(p.service, p.txnId)) || p.txnAt < period.start || p.txnAt >= period.end) continue;
    items.push({
      class: "missingThere",
      line: null,
      service: p.service,
      txnId: p.txnId,
      account: p.account,
      sumTyiyn: p.sumTyiyn,
      txnAt: p.txnAt,
      paymentId: p.id,
    });
  }
  return items;
}
