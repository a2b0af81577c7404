// The writes of several payment units on PostgreSQL as ONE statement of a fixed shape: each
// table's rows go in as one JSON parameter, read back as rows of the table's own type
// (json_populate_recordset), so the statement's text is the same for any batch. It is built and
// compiled once (`prepared`) and prepared once per connection; Kysely built a statement of one
// CTE per row for every batch before, about 100 µs of the app's CPU per payment.
//
// What it does, in this order, all or nothing (one implicit transaction, one commit):
// 1. locks the invoices the units read, by id, and counts those still as read (paid amount and
//    state); if one changed, the statement fails (cardinality_violation, 21000) before writing;
// 2. locks the clients whose balances change, by id (rows locked in one order by every
//    statement, so that statements of several instances cannot deadlock on them);
// 3. then writes: invoice changes, balances (the units' credits summed per client), payments,
//    balance entries, outbox rows and audit events.
import { sql, type Kysely, type Selectable } from "kysely";
import { prepared } from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";
import type { auditEventRow, balanceEntryRow, paymentNotificationRow, PaymentRow } from "./ledger-writes";

type Db = Kysely<LedgerTables>;

// The statement's parameters: rows as JSON arrays of objects named as the table's columns.
export interface UnitsParameters {
  invoicesRead: string;
  invoicesReadCount: number;
  invoiceIds: number[];
  invoiceChanges: string;
  clientIds: number[];
  credits: string;
  payments: string;
  balanceEntries: string;
  notifications: string;
  auditEvents: string;
  at: Date;
}

// A JSON array of objects as rows of `table`'s type: columns missing from an object are null.
const jsonRows = <T extends keyof LedgerTables>(table: T, json: string) =>
  sql<Selectable<LedgerTables[T]>>`json_populate_recordset(null::${sql.table(table)}, ${json}::json)`;

// Every column each insert writes (the JSON objects' keys).
export const paymentColumns = [
  "id",
  "service",
  "method",
  "providerTxnId",
  "account",
  "sumTyiyn",
  "providerTxnAt",
  "receivedAt",
  "clientId",
  "invoiceId",
  "office",
  "receiptNumber",
  "receiptShown",
  "recordedById",
  "providerRequest",
] as const;
export const balanceEntryColumns = ["clientId", "amountTyiyn", "reason", "paymentId", "createdAt"] as const;
export const notificationColumns = [
  "event",
  "subjectId",
  "state",
  "attempts",
  "nextAttemptAt",
  "createdAt",
] as const;
export const auditEventColumns = [
  "at",
  "actorId",
  "actorEmail",
  "action",
  "subjectType",
  "subjectId",
  "after",
] as const;

// Each list names every field of the rows the ledger makes (ledger-writes.ts): a field left out
// would not be written, so it does not compile.
type Covers<Columns extends readonly string[], Row> = [Exclude<keyof Row, Columns[number]>] extends [never]
  ? true
  : never;
export const columnsCoverRows: [
  Covers<typeof paymentColumns, PaymentRow & { id: number }>,
  Covers<typeof balanceEntryColumns, ReturnType<typeof balanceEntryRow>>,
  Covers<typeof notificationColumns, ReturnType<typeof paymentNotificationRow>>,
  Covers<typeof auditEventColumns, ReturnType<typeof auditEventRow>>,
] = [true, true, true, true];

export const writeUnitsStatement = prepared((db: Db, p: UnitsParameters) =>
  db
    .with("lockedInvoices", (w) =>
      w
        .selectFrom("Invoice as i")
        .innerJoin(jsonRows("Invoice", p.invoicesRead).as("r"), (join) =>
          join
            .onRef("r.id", "=", "i.id")
            .onRef("r.paidTyiyn", "=", "i.paidTyiyn")
            .onRef("r.status", "=", "i.status"),
        )
        // The redundant `any` lets the planner look the invoices up by key, whatever it guesses of
        // the JSON's length.
        .where((eb) => eb("i.id", "=", eb.fn.any(eb.val(p.invoiceIds))))
        .select("i.id")
        .orderBy("i.id")
        .forNoKeyUpdate("i"),
    )
    .with("lockedClients", (w) =>
      w
        .selectFrom("Client")
        .where((eb) => eb("id", "=", eb.fn.any(eb.val(p.clientIds))))
        .select("id")
        .orderBy("id")
        .forNoKeyUpdate(),
    )
    .with("invoiceChanges", (w) =>
      w
        .updateTable("Invoice as i")
        .from(jsonRows("Invoice", p.invoiceChanges).as("c"))
        .set((eb) => ({
          paidTyiyn: eb.ref("c.paidTyiyn"),
          status: eb.ref("c.status"),
          paidAt: eb.fn.coalesce("c.paidAt", "i.paidAt"),
        }))
        .whereRef("i.id", "=", "c.id")
        .where((eb) => eb("i.id", "=", eb.fn.any(eb.val(p.invoiceIds)))),
    )
    .with("balances", (w) =>
      w
        .updateTable("Client as c")
        .from(jsonRows("BalanceEntry", p.credits).as("b"))
        .set((eb) => ({ balanceTyiyn: eb("c.balanceTyiyn", "+", eb.ref("b.amountTyiyn")), updatedAt: p.at }))
        .whereRef("c.id", "=", "b.clientId")
        .where((eb) => eb("c.id", "=", eb.fn.any(eb.val(p.clientIds)))),
    )
    .with("payments", (w) =>
      w
        .insertInto("Payment")
        .columns(paymentColumns)
        .expression((eb) => eb.selectFrom(jsonRows("Payment", p.payments).as("r")).select(paymentColumns)),
    )
    .with("balanceEntries", (w) =>
      w
        .insertInto("BalanceEntry")
        .columns(balanceEntryColumns)
        .expression((eb) =>
          eb.selectFrom(jsonRows("BalanceEntry", p.balanceEntries).as("r")).select(balanceEntryColumns),
        ),
    )
    .with("notifications", (w) =>
      w
        .insertInto("Notification")
        .columns(notificationColumns)
        .expression((eb) =>
          eb.selectFrom(jsonRows("Notification", p.notifications).as("r")).select(notificationColumns),
        )
        .onConflict((conflict) => conflict.doNothing()),
    )
    .with("auditEvents", (w) =>
      w
        .insertInto("AuditEvent")
        .columns(auditEventColumns)
        .expression((eb) =>
          eb.selectFrom(jsonRows("AuditEvent", p.auditEvents).as("r")).select(auditEventColumns),
        ),
    )
    // Fails (a scalar subquery with two rows) unless every invoice read is still as it was;
    // evaluated left to right, so invoices are locked before clients.
    .selectNoFrom((eb) => [
      sql<boolean>`(select true from (values (1), (2)) as stale(n) where n = 1 or (${eb
        .selectFrom("lockedInvoices")
        .select((c) => c.fn.countAll().as("n"))}) <> ${p.invoicesReadCount})`.as("fresh"),
      eb
        .selectFrom("lockedClients")
        .select((c) => c.fn.countAll().as("n"))
        .as("clients"),
    ]),
);
