import type BetterSqlite3 from "better-sqlite3";
import { tyiynFromDatabase } from "@/lib/money";
import type {
  ClientSummary,
  InvoiceSummary,
  LockedInvoice,
  PaymentLedger,
  StoredPayment,
} from "./payment-ledger";
import { sourceColumns } from "./payment-ledger";

// Dates as Prisma's SQLite adapter writes them, so that Prisma reads these rows back.
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

function prepareStatements(db: BetterSqlite3.Database) {
  // Integers come back as bigint, so that a 64-bit amount is never silently rounded; ids and
  // money are turned into numbers below, money only when exact.
  const prepare = (sql: string) => db.prepare(sql).safeIntegers(true);
  return {
    describeClient: prepare(`SELECT "inn", "kind", "name", "sociConnected" FROM "Client" WHERE "inn" = ?`),
    describeInvoice: prepare(
      `SELECT i."status", i."amountTyiyn", i."paidTyiyn", i."buyerInn" AS "inn", c."kind", i."buyerName" AS "name", c."sociConnected"
       FROM "Invoice" i JOIN "Client" c ON c."id" = i."clientId" WHERE i."number" = ?`,
    ),
    findPayment: prepare(
      `SELECT "id", "account", "sumTyiyn" FROM "Payment" WHERE "service" = ? AND "providerTxnId" = ?`,
    ),
    findClient: prepare(`SELECT "id", "sociConnected" FROM "Client" WHERE "inn" = ?`),
    findInvoice: prepare(
      `SELECT "id", "clientId", "amountTyiyn", "paidTyiyn", "status", "office" FROM "Invoice" WHERE "number" = ?`,
    ),
    insertPayment: prepare(
      `INSERT INTO "Payment" ("service", "method", "providerTxnId", "account", "sumTyiyn", "providerTxnAt", "receivedAt", "clientId", "invoiceId", "receiptNumber", "office", "recordedById", "providerRequest")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEntry: prepare(
      `INSERT INTO "BalanceEntry" ("clientId", "amountTyiyn", "reason", "paymentId", "createdAt") VALUES (?, ?, ?, ?, ?)`,
    ),
    addToBalance: prepare(
      `UPDATE "Client" SET "balanceTyiyn" = "balanceTyiyn" + ?, "updatedAt" = ? WHERE "id" = ?`,
    ),
    insertAuditEvent: prepare(
      `INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "action", "subjectType", "subjectId", "after") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertNotification: prepare(
      `INSERT INTO "Notification" ("event", "subjectId", "state", "attempts", "nextAttemptAt", "createdAt") VALUES ('paymentRecorded', ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    updateInvoice: prepare(
      `UPDATE "Invoice" SET "paidTyiyn" = ?, "status" = ?, "paidAt" = COALESCE(?, "paidAt") WHERE "id" = ?`,
    ),
  };
}

type Row = Record<string, unknown>;
const id = (value: unknown) => Number(value as bigint);
const tyiyn = (value: unknown) => tyiynFromDatabase(value as bigint);
// SQLite keeps booleans as 0 and 1.
const flag = (value: unknown) => Number(value as bigint) === 1;
const clientSummary = (row: Row): ClientSummary => ({
  inn: row.inn as string,
  kind: row.kind as string,
  name: row.name as string,
  sociConnected: flag(row.sociConnected),
});

const lockedInvoice = (row: Row): LockedInvoice => ({
  id: id(row.id),
  clientId: id(row.clientId),
  amountTyiyn: tyiyn(row.amountTyiyn),
  paidTyiyn: tyiyn(row.paidTyiyn),
  status: row.status as string,
  office: (row.office as string | null) ?? null,
});

const statementsByConnection = new WeakMap<BetterSqlite3.Database, ReturnType<typeof prepareStatements>>();

// Runs on the connection Prisma's adapter uses, while our lock is held and a transaction is open,
// so "lock" is implied: no other statement of this process can run meanwhile, and other
// processes are kept out by BEGIN IMMEDIATE.
export function sqlitePaymentLedger(db: BetterSqlite3.Database): PaymentLedger {
  let s = statementsByConnection.get(db);
  if (!s) {
    s = prepareStatements(db);
    statementsByConnection.set(db, s);
  }
  const statements = s;
  return {
    async describeClient(inn) {
      const row = statements.describeClient.get(inn) as Row | undefined;
      return row ? clientSummary(row) : null;
    },
    async describeInvoice(number) {
      const row = statements.describeInvoice.get(number) as Row | undefined;
      if (!row) return null;
      return {
        status: row.status as string,
        amountTyiyn: tyiyn(row.amountTyiyn),
        paidTyiyn: tyiyn(row.paidTyiyn),
        client: clientSummary(row),
      } satisfies InvoiceSummary;
    },
    async findPayment(service, providerTxnId) {
      const row = statements.findPayment.get(service, providerTxnId) as Row | undefined;
      if (!row) return null;
      return {
        id: id(row.id),
        account: row.account as string,
        sumTyiyn: tyiyn(row.sumTyiyn),
      } satisfies StoredPayment;
    },
    async findSociClient(inn) {
      const row = statements.findClient.get(inn) as Row | undefined;
      return row ? { id: id(row.id), sociConnected: flag(row.sociConnected) } : null;
    },
    async lockInvoice(number) {
      const row = statements.findInvoice.get(number) as Row | undefined;
      return row ? lockedInvoice(row) : null;
    },
    async insertPayment(p) {
      const now = sqliteDate(new Date());
      const result = statements.insertPayment.run(
        p.service,
        p.method,
        p.providerTxnId,
        p.account,
        p.sumTyiyn,
        sqliteDate(p.providerTxnAt),
        now,
        p.clientId,
        p.invoiceId,
        ...sourceColumns(p),
      );
      return Number(result.lastInsertRowid);
    },
    async creditBalance({ clientId, amountTyiyn, reason, paymentId }) {
      const now = sqliteDate(new Date());
      statements.insertEntry.run(clientId, amountTyiyn, reason, paymentId, now);
      statements.addToBalance.run(amountTyiyn, now, clientId);
    },
    async updateInvoicePayment(invoiceId, { paidTyiyn, status, paidAt }) {
      statements.updateInvoice.run(paidTyiyn, status, paidAt ? sqliteDate(paidAt) : null, invoiceId);
    },
    async insertPaymentNotification(paymentId) {
      const now = sqliteDate(new Date());
      statements.insertNotification.run(paymentId, now, now);
    },
    async insertAuditEvent(e) {
      statements.insertAuditEvent.run(
        sqliteDate(new Date()),
        e.actorId,
        e.actorEmail,
        e.action,
        e.subjectType,
        e.subjectId,
        e.after,
      );
    },
  };
}
