import type { StaffActor } from "@/config/staff-roles";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import { requireRole } from "../staff/staff-access";
import { journalRange, type PaymentJournalFilter } from "./payment-journal-filter";

export interface PaymentJournalRow {
  id: number;
  receivedAt: Date;
  service: "soci" | "eds";
  method: "megapay" | "cash" | "bank";
  // MegaPay's txn_id, or the receipt or payment-order number of a payment staff recorded.
  reference: string;
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

// What a filter selects; the search box matches an invoice number (16 digits), an INN (14) or a
// MegaPay txn_id (anything else).
export function paymentWhere(filter: PaymentJournalFilter) {
  const q = filter.q;
  const search =
    q === undefined
      ? {}
      : /^\d{16}$/.test(q)
        ? { OR: [{ account: q }, { invoice: { number: q } }] }
        : /^\d{14}$/.test(q)
          ? { OR: [{ account: q }, { client: { inn: q } }] }
          : { OR: [{ providerTxnId: q }, { receiptNumber: q }] };
  const range = journalRange(filter);
  return {
    ...(filter.service ? { service: filter.service } : {}),
    ...(filter.method ? { method: filter.method } : {}),
    ...(filter.office ? { office: filter.office } : {}),
    ...(filter.amount !== undefined ? { sumTyiyn: filter.amount } : {}),
    ...(range.gte || range.lt ? { receivedAt: range } : {}),
    ...search,
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
  requireRole(actor, ["admin", "operator", "accountant"], "read payments");
  const where = paymentWhere(filter);
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
        office: true,
        providerTxnId: true,
        account: true,
        sumTyiyn: true,
        client: { select: { inn: true, name: true } },
        invoice: { select: { number: true, buyerName: true } },
      },
    }),
    withTotals ? db.payment.aggregate({ where, _count: { _all: true }, _sum: { sumTyiyn: true } }) : null,
  ]);
  const page = rows.slice(0, pageSize);
  return {
    rows: page.map((p) => ({
      id: p.id,
      receivedAt: p.receivedAt,
      service: p.service === "eds" ? "eds" : "soci",
      method: p.method,
      reference: p.receiptNumber ?? p.providerTxnId,
      office: p.office,
      providerTxnId: p.providerTxnId,
      account: p.account,
      sumTyiyn: p.sumTyiyn,
      clientInn: p.client?.inn ?? null,
      clientName: p.invoice?.buyerName ?? p.client?.name ?? null,
      invoiceNumber: p.invoice?.number ?? null,
    })),
    nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null,
    totals: totals
      ? { count: totals._count._all, sumTyiyn: tyiynFromDatabase(totals._sum.sumTyiyn ?? 0n) }
      : { count: page.length, sumTyiyn: 0 },
  };
}
