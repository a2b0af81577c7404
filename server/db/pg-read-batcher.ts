// The payment ledger's reads on PostgreSQL, gathered: the same read (a payment by txn_id, a
// client by INN, an invoice by number) asked by the requests that arrive in one turn of the
// event loop goes to the database as one statement (DataLoader, batched on setImmediate, never
// cached: every read sees the database as it is). On this machine each statement costs a write
// and a read system call, which were most of a payment's CPU time; a pay now shares its reads.
import DataLoader from "dataloader";
import { sql, type Kysely } from "kysely";
import { rowsOf } from "./ledger-dialect";
import * as read from "./ledger-reads";
import type { LedgerTables } from "./ledger-tables";
import type { ClientSummary, InvoiceSummary, LockedInvoice, StoredPayment } from "./payment-ledger";

const loaderOptions = {
  cache: false,
  maxBatchSize: 100,
  batchScheduleFn: (run: () => void) => setImmediate(run),
};

// What a unit that may record a payment reads first: the payment if it exists, and the id the
// payment would get (taken from the sequence now; a replay leaves a gap, as a rollback does).
export interface PaymentLookup {
  payment: StoredPayment | null;
  nextId: number;
}

function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export function pgReadBatcher(db: Kysely<LedgerTables>) {
  const paymentKey = (service: string, txnId: string) => `${service}\u0000${txnId}`;
  const payments = new DataLoader<string, PaymentLookup>(async (keys) => {
    const pairs = keys.map((key) => key.split("\u0000") as [string, string]);
    const [rows, ids] = await Promise.all([
      rowsOf(
        db,
        db
          .selectFrom("Payment")
          .select(["id", "account", "sumTyiyn", "service", "providerTxnId"])
          .where((eb) =>
            eb.or(
              pairs.map(([service, txnId]) =>
                eb.and([eb("service", "=", service), eb("providerTxnId", "=", txnId)]),
              ),
            ),
          ),
      ),
      rowsOf(
        db,
        db
          .selectFrom(sql`generate_series(1, ${keys.length}::int)`.as("n"))
          .select(sql<number>`nextval(pg_get_serial_sequence('"Payment"', 'id'))`.as("nextId")),
      ),
    ]);
    return byKey(keys, rows, (row) => paymentKey(row.service, row.providerTxnId)).map((row, i) => ({
      payment: row && { id: row.id, account: row.account, sumTyiyn: row.sumTyiyn },
      nextId: ids[i]!.nextId,
    }));
  }, loaderOptions);

  const sociClients = new DataLoader<string, { id: number; sociConnected: boolean } | null>(async (inns) => {
    const rows = await rowsOf(db, read.sociClients(db).where("inn", "in", [...inns]));
    return byKey(inns, rows, (row) => row.inn).map(
      (row) => row && { id: row.id, sociConnected: row.sociConnected },
    );
  }, loaderOptions);

  const invoices = new DataLoader<string, LockedInvoice | null>(async (numbers) => {
    const rows = await rowsOf(db, read.paymentInvoices(db).where("number", "in", [...numbers]));
    return byKey(numbers, rows, (row) => row.number).map((row) => row && read.paymentInvoiceOf(row));
  }, loaderOptions);

  const clients = new DataLoader<string, ClientSummary | null>(async (inns) => {
    const rows = await rowsOf(db, read.clientSummaries(db).where("inn", "in", [...inns]));
    return byKey(inns, rows, (row) => row.inn).map((row) => row && read.clientSummaryOf(row));
  }, loaderOptions);

  const invoiceSummaries = new DataLoader<string, InvoiceSummary | null>(async (numbers) => {
    const rows = await rowsOf(db, read.invoiceSummaries(db).where("i.number", "in", [...numbers]));
    return byKey(numbers, rows, (row) => row.number).map((row) => row && read.invoiceSummaryOf(row));
  }, loaderOptions);

  return {
    findPayment: (service: string, txnId: string) => payments.load(paymentKey(service, txnId)),
    findSociClient: (inn: string) => sociClients.load(inn),
    readInvoice: (number: string) => invoices.load(number),
    describeClient: (inn: string) => clients.load(inn),
    describeInvoice: (number: string) => invoiceSummaries.load(number),
  };
}

export type PgReads = ReturnType<typeof pgReadBatcher>;
