// The reads and writes that recording a payment needs, as one small interface. Its queries are
// Kysely's, typed from the Prisma models (ledger-tables.ts, ledger-reads.ts, ledger-writes.ts)
// and run by each database's statement runner (ledger-dialect.ts), without Prisma's query
// engine, whose per-query cost was most of a payment's time. paymentLedger() below runs each
// statement as it comes (SQLite's group commit, PostgreSQL's locking transaction);
// deferred-payment-ledger.ts collects PostgreSQL's writes into one statement. Writes happen inside
// the unit of work that runPaymentUnit() opens; `check` reads through readPaymentLedger().
import type { Kysely, Selectable } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import { prepared } from "./ledger-dialect";
import * as read from "./ledger-reads";
import * as write from "./ledger-writes";
import type { BalanceCredit, InvoicePaymentChange } from "./ledger-writes";

export type InvoiceStatus = Selectable<LedgerTables["Invoice"]>["status"];

export interface StoredPayment {
  id: number;
  account: string;
  sumTyiyn: number;
}

export interface LockedInvoice {
  id: number;
  clientId: number;
  amountTyiyn: number;
  paidTyiyn: number;
  status: InvoiceStatus;
  office: string | null;
}

// Where a payment came from: MegaPay (with its request as it arrived, its query string), or a
// payment staff record (its receipt or payment-order number, office and recorder).
export type PaymentSource =
  | { method: "megapay"; providerRequest: string | null }
  | {
      method: "cash" | "bank";
      // Folded (lib/receipt-number.ts), and as typed.
      receiptNumber: string;
      receiptShown: string;
      office: string;
      recordedById: string;
    };

export type NewPayment = PaymentSource & {
  service: string;
  // Whose money it is: the office of the invoice paid, or where staff took it; null for a
  // MegaPay top-up of a SOChI balance (a client belongs to no office).
  office: string | null;
  providerTxnId: string;
  account: string;
  sumTyiyn: number;
  providerTxnAt: Date;
  clientId: number;
  invoiceId: number | null;
};

export interface ClientSummary {
  inn: string;
  kind: string;
  name: string;
  sociConnected: boolean;
}

export interface InvoiceSummary {
  status: string;
  amountTyiyn: number;
  paidTyiyn: number;
  client: ClientSummary;
}

export interface PaymentLedger {
  describeClient(inn: string): Promise<ClientSummary | null>;
  describeInvoice(number: string): Promise<InvoiceSummary | null>;
  findPayment(service: string, providerTxnId: string): Promise<StoredPayment | null>;
  findSociClient(inn: string): Promise<{ id: number; sociConnected: boolean } | null>;
  // Reads the invoice and keeps others from changing it until the unit ends.
  lockInvoice(number: string): Promise<LockedInvoice | null>;
  insertPayment(payment: NewPayment): Promise<number>;
  creditBalance(credit: BalanceCredit): Promise<void>;
  updateInvoicePayment(invoiceId: number, change: InvoicePaymentChange): Promise<void>;
  // A staff action recorded with the payment it made (domain/audit/ for the others).
  insertAuditEvent(event: NewAuditEvent): Promise<void>;
  // The email outbox's row for the payment (domain/notifications/), with the payment.
  insertPaymentNotification(paymentId: number): Promise<void>;
}

export interface NewAuditEvent {
  actorId: string;
  actorEmail: string;
  action: string;
  subjectType: string;
  subjectId: string;
  after: string;
}

// Each statement prepared once (ledger-dialect.ts `prepared`): its builder takes every value
// from its parameters.
type Db = Kysely<LedgerTables>;
const q = {
  clientSummary: prepared((db: Db, p: { inn: string }) => read.clientSummaries(db).where("inn", "=", p.inn)),
  invoiceSummary: prepared((db: Db, p: { number: string }) =>
    read.invoiceSummaries(db).where("i.number", "=", p.number),
  ),
  payment: prepared((db: Db, p: { service: string; txnId: string }) =>
    db
      .selectFrom("Payment")
      .select(["id", "account", "sumTyiyn"])
      .where("service", "=", p.service)
      .where("providerTxnId", "=", p.txnId),
  ),
  sociClient: prepared((db: Db, p: { inn: string }) => read.sociClients(db).where("inn", "=", p.inn)),
  invoice: prepared((db: Db, p: { number: string }) =>
    read.paymentInvoices(db).where("number", "=", p.number),
  ),
  lockedInvoice: prepared((db: Db, p: { number: string }) =>
    read.paymentInvoices(db).where("number", "=", p.number).forUpdate(),
  ),
  insertPayment: prepared((db: Db, p: write.PaymentRow) => write.insertPayment(db, p)),
  insertBalanceEntry: prepared((db: Db, p: BalanceCredit & { now: Date }) =>
    write.insertBalanceEntry(db, p, p.now),
  ),
  addToBalance: prepared((db: Db, p: BalanceCredit & { now: Date }) => write.addToBalance(db, p, p.now)),
  updateInvoice: prepared((db: Db, p: InvoicePaymentChange & { invoiceId: number }) =>
    write.updateInvoicePayment(db, p.invoiceId, p),
  ),
  insertNotification: prepared((db: Db, p: { paymentId: number; now: Date }) =>
    write.insertPaymentNotification(db, p.paymentId, p.now),
  ),
  insertAuditEvent: prepared((db: Db, p: NewAuditEvent & { now: Date }) =>
    write.insertAuditEvent(db, p, p.now),
  ),
};

// `lockRows`: lockInvoice() locks the invoice's row until the transaction ends (PostgreSQL).
// Inside a unit of work on SQLite nothing else runs meanwhile: the unit holds the connection's
// lock and a transaction begun IMMEDIATE, so every read is already a locked read.
export function paymentLedger(db: Kysely<LedgerTables>, { lockRows }: { lockRows: boolean }): PaymentLedger {
  return {
    async describeClient(inn) {
      const [row] = await q.clientSummary(db, { inn });
      return row ? read.clientSummaryOf(row) : null;
    },
    async describeInvoice(number) {
      const [row] = await q.invoiceSummary(db, { number });
      return row ? read.invoiceSummaryOf(row) : null;
    },
    async findPayment(service, txnId) {
      const [row] = await q.payment(db, { service, txnId });
      return row ?? null;
    },
    async findSociClient(inn) {
      const [row] = await q.sociClient(db, { inn });
      return row ? { id: row.id, sociConnected: row.sociConnected } : null;
    },
    async lockInvoice(number) {
      const [row] = await (lockRows ? q.lockedInvoice : q.invoice)(db, { number });
      return row ? read.paymentInvoiceOf(row) : null;
    },
    async insertPayment(payment) {
      const [row] = await q.insertPayment(db, write.paymentRow(payment, new Date()));
      return row!.id;
    },
    async creditBalance(credit) {
      const now = new Date();
      await q.insertBalanceEntry(db, { ...credit, now });
      await q.addToBalance(db, { ...credit, now });
    },
    async updateInvoicePayment(invoiceId, change) {
      await q.updateInvoice(db, { ...change, invoiceId });
    },
    async insertPaymentNotification(paymentId) {
      await q.insertNotification(db, { paymentId, now: new Date() });
    },
    async insertAuditEvent(event) {
      await q.insertAuditEvent(db, { ...event, now: new Date() });
    },
  };
}
