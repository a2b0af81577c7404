// The reads and writes that recording a MegaPay payment needs, as one small interface with two
// implementations without Prisma, whose per-query cost was most of a payment's time: raw
// statements on SQLite (sqlite-payment-ledger.ts) and a plain `pg` pool (pg-payment-ledger.ts).
// Writes happen inside the unit of work that runPaymentUnit() opens; `check` reads through
// readPaymentLedger().
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
  status: string;
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
  creditBalance(entry: {
    clientId: number;
    amountTyiyn: number;
    reason: string;
    paymentId: number;
  }): Promise<void>;
  updateInvoicePayment(
    invoiceId: number,
    change: { paidTyiyn: number; status: string; paidAt: Date | null },
  ): Promise<void>;
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

// receiptNumber, office, recordedById, providerRequest: the columns that depend on the source.
export function sourceColumns(p: NewPayment): (string | null)[] {
  return p.method === "megapay"
    ? [null, p.office, null, p.providerRequest]
    : [p.receiptNumber, p.office, p.recordedById, null];
}
