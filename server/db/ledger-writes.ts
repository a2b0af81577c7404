// The payment ledger's writes as Kysely queries, not yet run: a unit of work runs each as it comes
// (payment-ledger.ts), or collects them and sends them as one statement (deferred-payment-ledger.ts).
import type { QueryCreator } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import type { InvoiceStatus, NewAuditEvent, NewPayment } from "./payment-ledger";

type Writer = QueryCreator<LedgerTables>;

// The columns that depend on where the payment came from.
const sourceColumns = (p: NewPayment) =>
  p.method === "megapay"
    ? { receiptNumber: null, recordedById: null, providerRequest: p.providerRequest }
    : { receiptNumber: p.receiptNumber, recordedById: p.recordedById, providerRequest: null };

// `id` when the id was taken from the sequence beforehand.
export const insertPayment = (db: Writer, p: NewPayment, now: Date, id?: number) =>
  db
    .insertInto("Payment")
    .values({
      ...(id === undefined ? {} : { id }),
      service: p.service,
      method: p.method,
      providerTxnId: p.providerTxnId,
      account: p.account,
      sumTyiyn: p.sumTyiyn,
      providerTxnAt: p.providerTxnAt,
      receivedAt: now,
      clientId: p.clientId,
      invoiceId: p.invoiceId,
      office: p.office,
      ...sourceColumns(p),
    })
    .returning("id");

export interface BalanceCredit {
  clientId: number;
  amountTyiyn: number;
  reason: string;
  paymentId: number;
}

export const insertBalanceEntry = (
  db: Writer,
  { clientId, amountTyiyn, reason, paymentId }: BalanceCredit,
  now: Date,
) => db.insertInto("BalanceEntry").values({ clientId, amountTyiyn, reason, paymentId, createdAt: now });

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

// `unchanged`: only if the invoice is still as it was read (else the update finds no row).
export const updateInvoicePayment = (
  db: Writer,
  invoiceId: number,
  { paidTyiyn, status, paidAt }: InvoicePaymentChange,
  unchanged?: { paidTyiyn: number; status: InvoiceStatus },
) =>
  db
    .updateTable("Invoice")
    .set({ paidTyiyn, status, ...(paidAt ? { paidAt } : {}) })
    .where("id", "=", invoiceId)
    .$if(unchanged !== undefined, (query) =>
      query.where("paidTyiyn", "=", unchanged!.paidTyiyn).where("status", "=", unchanged!.status),
    )
    .returning("id");

export const insertPaymentNotification = (db: Writer, paymentId: number, now: Date) =>
  db
    .insertInto("Notification")
    .values({
      event: "paymentRecorded",
      subjectId: paymentId,
      state: "pending",
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflict((conflict) => conflict.doNothing());

export const insertAuditEvent = (db: Writer, event: NewAuditEvent, now: Date) =>
  db.insertInto("AuditEvent").values({ ...event, at: now });
