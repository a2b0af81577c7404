// The reads and writes that recording a MegaPay payment needs, as one small interface with one
// implementation for both databases: Kysely queries typed from the Prisma models
// (ledger-tables.ts), run on Prisma's own driver adapter (ledger-dialect.ts) without the query
// engine, whose per-query cost was most of a payment's time. Writes happen inside the unit of
// work that runPaymentUnit() opens; `check` reads through readPaymentLedger().
import type { Kysely, Selectable } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import { rowsOf } from "./ledger-dialect";
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
  | { method: "cash" | "bank"; receiptNumber: string; office: string; recordedById: string };

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

// `lockRows`: lockInvoice() locks the invoice's row until the transaction ends (PostgreSQL).
// Inside a unit of work on SQLite nothing else runs meanwhile: the unit holds the connection's
// lock and a transaction begun IMMEDIATE, so every read is already a locked read.
export function paymentLedger(db: Kysely<LedgerTables>, { lockRows }: { lockRows: boolean }): PaymentLedger {
  return {
    async describeClient(inn) {
      const [row] = await rowsOf(db, read.clientSummaries(db).where("inn", "=", inn));
      return row ? read.clientSummaryOf(row) : null;
    },
    async describeInvoice(number) {
      const [row] = await rowsOf(db, read.invoiceSummaries(db).where("i.number", "=", number));
      return row ? read.invoiceSummaryOf(row) : null;
    },
    async findPayment(service, providerTxnId) {
      const [row] = await rowsOf(
        db,
        db
          .selectFrom("Payment")
          .select(["id", "account", "sumTyiyn"])
          .where("service", "=", service)
          .where("providerTxnId", "=", providerTxnId),
      );
      return row ?? null;
    },
    async findSociClient(inn) {
      const [row] = await rowsOf(db, read.sociClients(db).where("inn", "=", inn));
      return row ? { id: row.id, sociConnected: row.sociConnected } : null;
    },
    async lockInvoice(number) {
      const [row] = await rowsOf(
        db,
        read
          .paymentInvoices(db)
          .where("number", "=", number)
          .$if(lockRows, (query) => query.forUpdate()),
      );
      return row ? read.paymentInvoiceOf(row) : null;
    },
    async insertPayment(payment) {
      const [row] = await rowsOf(db, write.insertPayment(db, payment, new Date()));
      return row!.id;
    },
    async creditBalance(credit) {
      const now = new Date();
      await rowsOf(db, write.insertBalanceEntry(db, credit, now));
      await rowsOf(db, write.addToBalance(db, credit, now));
    },
    async updateInvoicePayment(invoiceId, change) {
      await rowsOf(db, write.updateInvoicePayment(db, invoiceId, change));
    },
    async insertPaymentNotification(paymentId) {
      await rowsOf(db, write.insertPaymentNotification(db, paymentId, new Date()));
    },
    async insertAuditEvent(event) {
      await rowsOf(db, write.insertAuditEvent(db, event, new Date()));
    },
  };
}
