import { toDecimalSom } from "@/lib/money";
import type { Database } from "@/server/db";
import { sequenceSociFeed } from "./sequence-soci-feed";

export interface SociFeedEntry {
  /** The entry's place in the feed; the cursor for the next request is the last one read. */
  cursor: string;
  entryId: number;
  inn: string;
  amountTyiyn: number;
  /** The same amount in som with two decimals and a point: "1510.00", "-25.50". */
  amountSom: string;
  source: "megapay" | "cash" | "bank" | "adjustment";
  /** MegaPay's txn_id, the receipt or payment-order number; null for an adjustment. */
  reference: string | null;
  /** What the entry is: a SOChI top-up, the part of an EDS payment above its invoice, an adjustment. */
  kind: "soci_topup" | "eds_overpayment" | "manual_adjustment";
  createdAt: string;
}

export interface ReadSociFeedOptions {
  db: Database;
  after: number;
  limit: number;
}

// The balance entries after the cursor, oldest first: what SOChI needs to keep its balances.
// Entries are never changed or deleted, so a reader that asks again from its last cursor gets
// each entry exactly once.
export async function readSociFeed({ db, after, limit }: ReadSociFeedOptions) {
  await sequenceSociFeed({ db });
  const rows = await db.balanceEntry.findMany({
    where: { feedSeq: { gt: after } },
    orderBy: { feedSeq: "asc" },
    take: limit,
    select: {
      id: true,
      feedSeq: true,
      amountTyiyn: true,
      reason: true,
      createdAt: true,
      client: { select: { inn: true } },
      payment: { select: { method: true, providerTxnId: true, receiptNumber: true } },
    },
  });
  const entries: SociFeedEntry[] = rows.map((row) => ({
    cursor: String(row.feedSeq),
    entryId: row.id,
    inn: row.client.inn,
    amountTyiyn: row.amountTyiyn,
    amountSom: toDecimalSom(row.amountTyiyn),
    source: row.payment?.method ?? "adjustment",
    reference: row.payment
      ? row.payment.method === "megapay"
        ? row.payment.providerTxnId
        : row.payment.receiptNumber
      : null,
    kind: kindOf(row.reason),
    createdAt: row.createdAt.toISOString(),
  }));
  return { entries, nextCursor: entries.at(-1)?.cursor ?? String(after) };
}

function kindOf(reason: string): SociFeedEntry["kind"] {
  if (reason.endsWith("_soci_topup")) return "soci_topup";
  if (reason.endsWith("_eds_overpayment")) return "eds_overpayment";
  return "manual_adjustment";
}
