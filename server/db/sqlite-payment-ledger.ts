import type BetterSqlite3 from "better-sqlite3";
import type { ClientSummary, InvoiceSummary, PaymentLedger } from "./payment-ledger";

// Dates as Prisma's SQLite adapter writes them, so that Prisma reads these rows back.
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

function prepareStatements(db: BetterSqlite3.Database) {
  const prepare = (sql: string) => db.prepare(sql).safeIntegers(false);
  return {
    describeClient: prepare(`SELECT "inn", "kind", "name" FROM "Client" WHERE "inn" = ?`),
    describeInvoice: prepare(
      `SELECT i."status", i."amountTyiyn", i."paidTyiyn", c."inn", c."kind", c."name"
       FROM "Invoice" i JOIN "Client" c ON c."id" = i."clientId" WHERE i."number" = ?`,
    ),
    findPayment: prepare(
      `SELECT "id", "account", "sumTyiyn" FROM "Payment" WHERE "service" = ? AND "providerTxnId" = ?`,
    ),
    findClient: prepare(`SELECT "id" FROM "Client" WHERE "inn" = ?`),
    findInvoice: prepare(
      `SELECT "id", "clientId", "amountTyiyn", "paidTyiyn", "status" FROM "Invoice" WHERE "number" = ?`,
    ),
    insertPayment: prepare(
      `INSERT INTO "Payment" ("service", "providerTxnId", "account", "sumTyiyn", "providerTxnAt", "receivedAt", "clientId", "invoiceId")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEntry: prepare(
      `INSERT INTO "BalanceEntry" ("clientId", "amountTyiyn", "reason", "paymentId", "createdAt") VALUES (?, ?, ?, ?, ?)`,
    ),
    addToBalance: prepare(
      `UPDATE "Client" SET "balanceTyiyn" = "balanceTyiyn" + ?, "updatedAt" = ? WHERE "id" = ?`,
    ),
    updateInvoice: prepare(
      `UPDATE "Invoice" SET "paidTyiyn" = ?, "status" = ?, "paidAt" = COALESCE(?, "paidAt") WHERE "id" = ?`,
    ),
  };
}

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
      return (statements.describeClient.get(inn) as ClientSummary | undefined) ?? null;
    },
    async describeInvoice(number) {
      const row = statements.describeInvoice.get(number) as
        (Omit<InvoiceSummary, "client"> & ClientSummary) | undefined;
      if (!row) return null;
      const { inn, kind, name, ...invoice } = row;
      return { ...invoice, client: { inn, kind, name } };
    },
    async findPayment(service, providerTxnId) {
      return (
        (statements.findPayment.get(service, providerTxnId) as
          { id: number; account: string; sumTyiyn: number } | undefined) ?? null
      );
    },
    async findClientIdByInn(inn) {
      return (statements.findClient.get(inn) as { id: number } | undefined)?.id ?? null;
    },
    async lockInvoice(number) {
      return (
        (statements.findInvoice.get(number) as
          Awaited<ReturnType<PaymentLedger["lockInvoice"]>> | undefined) ?? null
      );
    },
    async insertPayment(p) {
      const now = sqliteDate(new Date());
      const result = statements.insertPayment.run(
        p.service,
        p.providerTxnId,
        p.account,
        p.sumTyiyn,
        sqliteDate(p.providerTxnAt),
        now,
        p.clientId,
        p.invoiceId,
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
  };
}
