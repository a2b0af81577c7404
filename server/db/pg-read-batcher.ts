// The payment ledger's reads on PostgreSQL, gathered: the same read (a payment by txn_id, a
// client by INN, an invoice by number) asked by the requests that arrive in one turn of the
// event loop goes to the database as one statement (DataLoader, batched on setImmediate, never
// cached: every read sees the database as it is). On this machine each statement costs a write
// and a read system call, which were most of a payment's CPU time; a pay now shares its reads.
//
// Each read takes its keys as one array parameter, so its text is the same for any number of
// keys: it is built and compiled once (`prepared`) and prepared once per connection
// (pg-statements.ts), whose server then plans it once for any keys (a generic plan). A list of
// `or` terms instead made a new statement for every batch size, planned while the table was
// small: a payment's lookup went from 5 to 27 ms within 20,000 payments.
import DataLoader from "dataloader";
import { sql, type Kysely } from "kysely";
import { prepared } from "./ledger-dialect";
import * as read from "./ledger-reads";
import type { LedgerTables } from "./ledger-tables";
import type { ClientSummary, InvoiceSummary, LockedInvoice, StoredPayment } from "./payment-ledger";

type Db = Kysely<LedgerTables>;

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

// One row per key, in the keys' order (a key asked twice gets two rows, each with its own id).
export const paymentLookupQuery = (db: Db, p: { services: string[]; txnIds: string[] }) =>
  db
    .selectFrom(
      sql<{
        n: number;
        service: string;
        txnId: string;
      }>`(select unnest(${p.services}::text[]) as service, unnest(${p.txnIds}::text[]) as "txnId", generate_series(1, cardinality(${p.services}::text[])) as n)`.as(
        "k",
      ),
    )
    // Lateral, so that each key's payment is found through the unique index: a plain join was
    // planned for an array of unknown length as a hash join over the whole table.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("Payment")
          .select(["id", "account", "sumTyiyn"])
          .whereRef("service", "=", "k.service")
          .whereRef("providerTxnId", "=", "k.txnId")
          // A limit keeps the planner from flattening the subquery into a plain join.
          .limit(1)
          .as("p"),
      (join) => join.onTrue(),
    )
    .select([
      "p.id",
      "p.account",
      "p.sumTyiyn",
      sql<number>`nextval(pg_get_serial_sequence('"Payment"', 'id'))`.as("nextId"),
    ])
    .orderBy("k.n");
const paymentLookups = prepared(paymentLookupQuery);

const sociClients = prepared((db: Db, p: { inns: string[] }) =>
  read.sociClients(db).where((eb) => eb("inn", "=", eb.fn.any(eb.val(p.inns)))),
);
const invoices = prepared((db: Db, p: { numbers: string[] }) =>
  read.paymentInvoices(db).where((eb) => eb("number", "=", eb.fn.any(eb.val(p.numbers)))),
);
const clients = prepared((db: Db, p: { inns: string[] }) =>
  read.clientSummaries(db).where((eb) => eb("inn", "=", eb.fn.any(eb.val(p.inns)))),
);
const invoiceSummaries = prepared((db: Db, p: { numbers: string[] }) =>
  read.invoiceSummaries(db).where((eb) => eb("i.number", "=", eb.fn.any(eb.val(p.numbers)))),
);

function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export function pgReadBatcher(db: Db) {
  const payments = new DataLoader<{ service: string; txnId: string }, PaymentLookup>(async (keys) => {
    const rows = await paymentLookups(db, {
      services: keys.map((key) => key.service),
      txnIds: keys.map((key) => key.txnId),
    });
    if (rows.length !== keys.length) throw new Error("a payment lookup lost a row");
    return rows.map(({ id, account, sumTyiyn, nextId }) => ({
      payment: id === null || account === null || sumTyiyn === null ? null : { id, account, sumTyiyn },
      nextId,
    }));
  }, loaderOptions);

  const sociClientsBy = new DataLoader<string, { id: number; sociConnected: boolean } | null>(
    async (inns) => {
      const rows = await sociClients(db, { inns: [...inns] });
      return byKey(inns, rows, (row) => row.inn).map(
        (row) => row && { id: row.id, sociConnected: row.sociConnected },
      );
    },
    loaderOptions,
  );

  const invoicesBy = new DataLoader<string, LockedInvoice | null>(async (numbers) => {
    const rows = await invoices(db, { numbers: [...numbers] });
    return byKey(numbers, rows, (row) => row.number).map((row) => row && read.paymentInvoiceOf(row));
  }, loaderOptions);

  const clientsBy = new DataLoader<string, ClientSummary | null>(async (inns) => {
    const rows = await clients(db, { inns: [...inns] });
    return byKey(inns, rows, (row) => row.inn).map((row) => row && read.clientSummaryOf(row));
  }, loaderOptions);

  const invoiceSummariesBy = new DataLoader<string, InvoiceSummary | null>(async (numbers) => {
    const rows = await invoiceSummaries(db, { numbers: [...numbers] });
    return byKey(numbers, rows, (row) => row.number).map((row) => row && read.invoiceSummaryOf(row));
  }, loaderOptions);

  return {
    findPayment: (service: string, txnId: string) => payments.load({ service, txnId }),
    findSociClient: (inn: string) => sociClientsBy.load(inn),
    readInvoice: (number: string) => invoicesBy.load(number),
    describeClient: (inn: string) => clientsBy.load(inn),
    describeInvoice: (number: string) => invoiceSummariesBy.load(number),
  };
}

export type PgReads = ReturnType<typeof pgReadBatcher>;
