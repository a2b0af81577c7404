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
  /**
   * What the entry is: a SOChI top-up, the part of an EDS payment above its invoice, an
   * adjustment, or the reversal of an earlier entry (negative, `reverses` names that entry).
   */
  kind: "soci_topup" | "eds_overpayment" | "manual_adjustment" | "reversal";
  /** For a reversal: the entry it takes back (earlier in the feed), else null. */
  reverses: { entryId: number; cursor: string | null } | null;
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
      payment: {
        select: {
          method: true,
          providerTxnId: true,
          receiptNumber: true,
          receiptShown: true,
          // A reversal points at the payment it reverses; its entry is the one taken back.
          reverses: {
            select: {
              providerTxnId: true,
              receiptNumber: true,
              receiptShown: true,
              balanceEntries: { select: { id: true, feedSeq: true }, orderBy: { id: "asc" }, take: 1 },
            },
          },
        },
      },
    },
  });
  const entries: SociFeedEntry[] = rows.map((row) => {
    // A reversal's reference is the original payment's: the txn_id or receipt SOChI already has.
    const paid = row.payment?.reverses ?? row.payment;
    const original = row.payment?.reverses?.balanceEntries[0];
    return {
      cursor: String(row.feedSeq),
      entryId: row.id,
      inn: row.client.inn,
      amountTyiyn: row.amountTyiyn,
      amountSom: toDecimalSom(row.amountTyiyn),
      source: row.payment?.method ?? "adjustment",
      // The receipt as typed: the same text SOChI was given before receipt numbers were folded.
      reference: paid
        ? row.payment!.method === "megapay"
          ? paid.providerTxnId
          : (paid.receiptShown ?? paid.receiptNumber)
        : null,
      kind: kindOf(row.reason),
      reverses: original
        ? { entryId: original.id, cursor: original.feedSeq === null ? null : String(original.feedSeq) }
        : null,
      createdAt: row.createdAt.toISOString(),
    };
  });
  return { entries, nextCursor: entries.at(-1)?.cursor ?? String(after) };
}

function kindOf(reason: string): SociFeedEntry["kind"] {
  if (reason.endsWith("_soci_topup")) return "soci_topup";
  if (reason.endsWith("_eds_overpayment")) return "eds_overpayment";
  if (reason.endsWith("_reversal")) return "reversal";
  return "manual_adjustment";
}
