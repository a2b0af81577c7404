import type { StaffActor } from "@/config/staff-roles";
import { foldReceiptNumber } from "@/lib/receipt-number";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { journalTotals } from "./journal-totals";
import { journalRange, type PaymentJournalFilter } from "./payment-journal-filter";

export interface PaymentJournalRow {
  id: number;
  receivedAt: Date;
  service: "soci" | "eds";
  method: "megapay" | "cash" | "bank";
  // MegaPay's txn_id, or the receipt or payment-order number of a payment staff recorded.
  reference: string;
  reversesId: number | null;
  office: string | null;
  providerTxnId: string;
  account: string;
  sumTyiyn: number;
  clientInn: string | null;
  clientName: string | null;
  invoiceNumber: string | null;
}

export interface PaymentJournalPage {
  rows: PaymentJournalRow[];
  // The `before` of the next (older) page, or null on the last one.
  nextBefore: number | null;
  totals: { count: number; sumTyiyn: number };
}

export interface ListPaymentsOptions {
  db: Database;
  actor: StaffActor;
  filter: PaymentJournalFilter;
  pageSize?: number;
  // false: skip the count and sum (an export reads page after page and needs neither).
  withTotals?: boolean;
}

// The search box: an invoice number (16 digits), an INN (14) or a txn_id / receipt number
// (anything else). The invoice or client is looked up first and its payments are then found by
// one indexed equality: every payment of an invoice carries its invoiceId, and every payment
// of a client (top-ups, and EDS payments of its invoices) its clientId. (Prisma sends LIMIT as
// a parameter, and with an OR of two columns SQLite then scans the whole journal.) An unknown
// number still finds payments whose account was typed that way.
async function searchWhere(db: Database, q: string | undefined) {
  if (q === undefined) return {};
  if (/^\d{16}$/.test(q)) {
    const invoice = await db.invoice.findUnique({ where: { number: q }, select: { id: true } });
    return invoice ? { invoiceId: invoice.id } : { account: q };
  }
  if (/^\d{14}$/.test(q)) {
    const client = await db.client.findUnique({ where: { inn: q }, select: { id: true } });
    return client ? { clientId: client.id } : { account: q };
  }
  // A receipt number as the ledger keeps it (folded), whichever keyboard it is typed on now.
  return { OR: [{ providerTxnId: q }, { receiptNumber: foldReceiptNumber(q) }] };
}

// What a filter selects.
async function paymentWhere(db: Database, filter: PaymentJournalFilter) {
  const range = journalRange(filter);
  return {
    ...(filter.service ? { service: filter.service } : {}),
    ...(filter.method ? { method: filter.method } : {}),
    ...(filter.office ? { office: filter.office } : {}),
    ...(filter.amount !== undefined ? { sumTyiyn: filter.amount } : {}),
    ...(range.gte || range.lt ? { receivedAt: range } : {}),
    ...(await searchWhere(db, filter.q)),
  };
}

// Every payment, newest first, a page at a time (keyset on the id: the same cost deep in the
// list), with the count and sum of everything the filter selects. Every staff role may read it.
export async function listPayments({
  db,
  actor,
  filter,
  pageSize = 50,
  withTotals = true,
}: ListPaymentsOptions): Promise<PaymentJournalPage> {
  requirePermission(actor, "read", "read payments");
  const where = await paymentWhere(db, filter);
  const [rows, totals] = await Promise.all([
    db.payment.findMany({
      where: { ...where, ...(filter.before ? { id: { lt: filter.before } } : {}) },
      orderBy: { id: "desc" },
      take: pageSize + 1,
      select: {
        id: true,
        receivedAt: true,
        service: true,
        method: true,
        receiptNumber: true,
        receiptShown: true,
        reversesId: true,
        office: true,
        providerTxnId: true,
        account: true,
        sumTyiyn: true,
        client: { select: { inn: true, name: true } },
        invoice: { select: { number: true, buyerName: true } },
      },
    }),
    withTotals ? journalTotals(db, where) : null,
  ]);
  const page = rows.slice(0, pageSize);
  return {
    rows: page.map((p) => ({
      id: p.id,
      receivedAt: p.receivedAt,
      service: p.service === "eds" ? "eds" : "soci",
      method: p.method,
      reference: p.receiptShown ?? p.receiptNumber ?? p.providerTxnId,
      // A reversal's reference is the payment it reverses (the page and the CSV say so in words).
      reversesId: p.reversesId,
      office: p.office,
      providerTxnId: p.providerTxnId,
      account: p.account,
      sumTyiyn: p.sumTyiyn,
      clientInn: p.client?.inn ?? null,
      clientName: p.invoice?.buyerName ?? p.client?.name ?? null,
      invoiceNumber: p.invoice?.number ?? null,
    })),
    nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null,
    totals: totals ? totals : { count: page.length, sumTyiyn: 0 },
  };
}
