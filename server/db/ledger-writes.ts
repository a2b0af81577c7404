// The payment ledger's writes: the rows a payment writes, and Kysely queries that write one row
// each, run as they come by a unit of work (payment-ledger.ts). PostgreSQL's deferred units
// collect the rows instead and write those of many units in one statement (pg-units-statement.ts).
import type { QueryCreator } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import type { InvoiceStatus, NewAuditEvent, NewPayment } from "./payment-ledger";

type Writer = QueryCreator<LedgerTables>;

export interface PaymentRow {
  service: string;
  method: NewPayment["method"];
  providerTxnId: string;
  account: string;
  sumTyiyn: number;
  providerTxnAt: Date;
  receivedAt: Date;
  clientId: number;
  invoiceId: number | null;
  office: string | null;
  receiptNumber: string | null;
  receiptShown: string | null;
  recordedById: string | null;
  providerRequest: string | null;
}

// The payment's row: the columns that depend on where it came from set or left empty.
export function paymentRow(p: NewPayment, receivedAt: Date): PaymentRow {
  return {
    service: p.service,
    method: p.method,
    providerTxnId: p.providerTxnId,
    account: p.account,
    sumTyiyn: p.sumTyiyn,
    providerTxnAt: p.providerTxnAt,
    receivedAt,
    clientId: p.clientId,
    invoiceId: p.invoiceId,
    office: p.office,
    ...(p.method === "megapay"
      ? { receiptNumber: null, receiptShown: null, recordedById: null, providerRequest: p.providerRequest }
      : {
          receiptNumber: p.receiptNumber,
          receiptShown: p.receiptShown,
          recordedById: p.recordedById,
          providerRequest: null,
        }),
  };
}

// Every column named, none depending on a value: the query's shape is the same for every row
// (prepared once, ledger-dialect.ts).
export const insertPayment = (db: Writer, r: PaymentRow) =>
  db
    .insertInto("Payment")
    .values({
      service: r.service,
      method: r.method,
      providerTxnId: r.providerTxnId,
      account: r.account,
      sumTyiyn: r.sumTyiyn,
      providerTxnAt: r.providerTxnAt,
      receivedAt: r.receivedAt,
      clientId: r.clientId,
      invoiceId: r.invoiceId,
      office: r.office,
      receiptNumber: r.receiptNumber,
      receiptShown: r.receiptShown,
      recordedById: r.recordedById,
      providerRequest: r.providerRequest,
    })
    .returning("id");

export interface BalanceCredit {
  clientId: number;
  amountTyiyn: number;
  reason: string;
  paymentId: number;
}

export const balanceEntryRow = ({ clientId, amountTyiyn, reason, paymentId }: BalanceCredit, now: Date) => ({
  clientId,
  amountTyiyn,
  reason,
  paymentId,
  createdAt: now,
});

export const insertBalanceEntry = (db: Writer, credit: BalanceCredit, now: Date) =>
  db.insertInto("BalanceEntry").values(balanceEntryRow(credit, now));

export const addToBalance = (
  db: Writer,
  { clientId, amountTyiyn }: Pick<BalanceCredit, "clientId" | "amountTyiyn">,
  now: Date,
) =>
  db
    .updateTable("Client")
    .set((eb) => ({ balanceTyiyn: eb("balanceTyiyn", "+", amountTyiyn), updatedAt: now }))
    .where("id", "=", clientId);

export interface InvoicePaymentChange {
  paidTyiyn: number;
  status: InvoiceStatus;
  paidAt: Date | null;
}

export const updateInvoicePayment = (
  db: Writer,
  invoiceId: number,
  { paidTyiyn, status, paidAt }: InvoicePaymentChange,
) =>
  db
    .updateTable("Invoice")
    // paidAt only when given: one statement shape either way.
    .set((eb) => ({ paidTyiyn, status, paidAt: eb.fn.coalesce(eb.val(paidAt), "paidAt") }))
    .where("id", "=", invoiceId);

export const paymentNotificationRow = (paymentId: number, now: Date) => ({
  event: "paymentRecorded" as const,
  subjectId: paymentId,
  state: "pending" as const,
  attempts: 0,
  nextAttemptAt: now,
  createdAt: now,
});

export const insertPaymentNotification = (db: Writer, paymentId: number, now: Date) =>
  db
    .insertInto("Notification")
    .values(paymentNotificationRow(paymentId, now))
    .onConflict((conflict) => conflict.doNothing());

export const auditEventRow = (e: NewAuditEvent, now: Date) => ({
  at: now,
  actorId: e.actorId,
  actorEmail: e.actorEmail,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  after: e.after,
});

export const insertAuditEvent = (db: Writer, e: NewAuditEvent, now: Date) =>
  db.insertInto("AuditEvent").values(auditEventRow(e, now));
