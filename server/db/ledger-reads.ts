// The payment ledger's reads as Kysely queries, without their filter: one row at a time
// (payment-ledger.ts) or many requests' at once (pg-read-batcher.ts), the same columns either way.
import type { Kysely } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import type { ClientSummary, InvoiceSummary, LockedInvoice } from "./payment-ledger";

type Db = Kysely<LedgerTables>;
type RowOf<Q extends { execute(): Promise<unknown[]> }> = Awaited<ReturnType<Q["execute"]>>[number];

export const clientSummaries = (db: Db) =>
  db.selectFrom("Client").select(["inn", "kind", "name", "sociConnected"]);

export const clientSummaryOf = ({
  inn,
  kind,
  name,
  sociConnected,
}: RowOf<ReturnType<typeof clientSummaries>>): ClientSummary => ({
  inn,
  kind,
  name,
  sociConnected,
});

export const sociClients = (db: Db) => db.selectFrom("Client").select(["id", "inn", "sociConnected"]);

// What a payment on an invoice reads (and, in a locking transaction, locks).
export const paymentInvoices = (db: Db) =>
  db
    .selectFrom("Invoice")
    .select(["id", "number", "clientId", "amountTyiyn", "paidTyiyn", "status", "office"]);

export const paymentInvoiceOf = (row: RowOf<ReturnType<typeof paymentInvoices>>): LockedInvoice => ({
  id: row.id,
  clientId: row.clientId,
  amountTyiyn: row.amountTyiyn,
  paidTyiyn: row.paidTyiyn,
  status: row.status,
  office: row.office,
});

// What MegaPay's `check` of an invoice shows: the invoice and its buyer as at issue.
export const invoiceSummaries = (db: Db) =>
  db
    .selectFrom("Invoice as i")
    .innerJoin("Client as c", "c.id", "i.clientId")
    .select([
      "i.number",
      "i.status",
      "i.amountTyiyn",
      "i.paidTyiyn",
      "i.buyerInn",
      "i.buyerName",
      "c.kind",
      "c.sociConnected",
    ]);

export const invoiceSummaryOf = (row: RowOf<ReturnType<typeof invoiceSummaries>>): InvoiceSummary => ({
  status: row.status,
  amountTyiyn: row.amountTyiyn,
  paidTyiyn: row.paidTyiyn,
  client: { inn: row.buyerInn, name: row.buyerName, kind: row.kind, sociConnected: row.sociConnected },
});
