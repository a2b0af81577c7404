import type pg from "pg";
import { tyiynFromDatabase } from "@/lib/money";
import type {
  ClientSummary,
  InvoiceSummary,
  LockedInvoice,
  PaymentLedger,
  StoredPayment,
} from "./payment-ledger";
import { sourceColumns } from "./payment-ledger";

// Prisma stores DateTime in `timestamp(3)` columns as UTC wall time; PostgreSQL ignores the zone
// of a literal for such a column, so an ISO string in UTC keeps that convention.
const utc = (date: Date) => date.toISOString();

// pg hands BIGINT columns over as decimal strings: money is read back exactly or not at all.
const moneyOf = <T extends object>(row: T, fields: (keyof T)[]): T => {
  const copy = { ...row };
  for (const field of fields) copy[field] = tyiynFromDatabase(row[field] as string) as T[keyof T];
  return copy;
};

// On a pool for single reads, on one checked-out client inside a transaction.
export function pgPaymentLedger(client: pg.Pool | pg.ClientBase): PaymentLedger {
  const one = async <T extends object>(sql: string, values: unknown[]): Promise<T | null> => {
    const { rows } = await client.query<T>(sql, values);
    return rows[0] ?? null;
  };
  return {
    describeClient: (inn) =>
      one<ClientSummary>(`SELECT "inn", "kind", "name", "sociConnected" FROM "Client" WHERE "inn" = $1`, [
        inn,
      ]),
    async describeInvoice(number) {
      const row = await one<Omit<InvoiceSummary, "client"> & ClientSummary>(
        `SELECT i."status", i."amountTyiyn", i."paidTyiyn", i."buyerInn" AS "inn", c."kind", i."buyerName" AS "name", c."sociConnected"
         FROM "Invoice" i JOIN "Client" c ON c."id" = i."clientId" WHERE i."number" = $1`,
        [number],
      );
      if (!row) return null;
      const { inn, kind, name, sociConnected, ...invoice } = moneyOf(row, ["amountTyiyn", "paidTyiyn"]);
      return { ...invoice, client: { inn, kind, name, sociConnected } };
    },
    async findPayment(service, providerTxnId) {
      const row = await one<StoredPayment>(
        `SELECT "id", "account", "sumTyiyn" FROM "Payment" WHERE "service" = $1 AND "providerTxnId" = $2`,
        [service, providerTxnId],
      );
      return row && moneyOf(row, ["sumTyiyn"]);
    },
    findSociClient: (inn) =>
      one<{ id: number; sociConnected: boolean }>(
        `SELECT "id", "sociConnected" FROM "Client" WHERE "inn" = $1`,
        [inn],
      ),
    async lockInvoice(number) {
      const row = await one<LockedInvoice>(
        `SELECT "id", "clientId", "amountTyiyn", "paidTyiyn", "status", "office" FROM "Invoice" WHERE "number" = $1 FOR UPDATE`,
        [number],
      );
      return row && moneyOf(row, ["amountTyiyn", "paidTyiyn"]);
    },
    async insertPayment(p) {
      const row = await one<{ id: number }>(
        `INSERT INTO "Payment" ("service", "method", "providerTxnId", "account", "sumTyiyn", "providerTxnAt", "receivedAt", "clientId", "invoiceId", "receiptNumber", "office", "recordedById", "providerRequest")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING "id"`,
        [
          p.service,
          p.method,
          p.providerTxnId,
          p.account,
          p.sumTyiyn,
          utc(p.providerTxnAt),
          utc(new Date()),
          p.clientId,
          p.invoiceId,
          ...sourceColumns(p),
        ],
      );
      return row!.id;
    },
    async creditBalance({ clientId, amountTyiyn, reason, paymentId }) {
      const now = utc(new Date());
      await client.query(
        `INSERT INTO "BalanceEntry" ("clientId", "amountTyiyn", "reason", "paymentId", "createdAt") VALUES ($1, $2, $3, $4, $5)`,
        [clientId, amountTyiyn, reason, paymentId, now],
      );
      await client.query(
        `UPDATE "Client" SET "balanceTyiyn" = "balanceTyiyn" + $1, "updatedAt" = $2 WHERE "id" = $3`,
        [amountTyiyn, now, clientId],
      );
    },
    async updateInvoicePayment(invoiceId, { paidTyiyn, status, paidAt }) {
      await client.query(
        `UPDATE "Invoice" SET "paidTyiyn" = $1, "status" = $2, "paidAt" = COALESCE($3, "paidAt") WHERE "id" = $4`,
        [paidTyiyn, status, paidAt ? utc(paidAt) : null, invoiceId],
      );
    },
    async insertPaymentNotification(paymentId) {
      const now = utc(new Date());
      await client.query(
        `INSERT INTO "Notification" ("event", "subjectId", "state", "attempts", "nextAttemptAt", "createdAt") VALUES ('paymentRecorded', $1, 'pending', 0, $2, $2) ON CONFLICT DO NOTHING`,
        [paymentId, now],
      );
    },
    async insertAuditEvent(e) {
      await client.query(
        `INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "action", "subjectType", "subjectId", "after") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [utc(new Date()), e.actorId, e.actorEmail, e.action, e.subjectType, e.subjectId, e.after],
      );
    },
  };
}
