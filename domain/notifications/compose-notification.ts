import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";

export type MailLocale = "ky" | "ru";

// What one message says, without words: components/mail/ turns it into a subject and a text in
// the recipient's language.
export type NotificationContent =
  | {
      kind: "invoiceIssued";
      invoiceNumber: string;
      buyerName: string;
      amountTyiyn: number;
    }
  | {
      kind: "receipt";
      service: string;
      method: string;
      txnId: string;
      sumTyiyn: number;
      at: Date;
      // An invoice's payment: what is still due after it (0 when paid in full).
      invoice: { number: string; dueTyiyn: number } | null;
      // A SOChI top-up: whose balance.
      inn: string | null;
    }
  | {
      kind: "officePayment";
      invoiceNumber: string;
      buyerName: string;
      txnId: string;
      sumTyiyn: number;
      at: Date;
      dueTyiyn: number;
    };

export interface ComposedMessage {
  recipient: "client" | "office";
  to: string;
  // The office's mailbox gets both languages.
  locale: MailLocale | "both";
  content: NotificationContent;
}

const mailLocale = (locale: string | null | undefined): MailLocale => (locale === "ru" ? "ru" : "ky");

async function composeInvoiceIssued(db: Database, invoiceId: number): Promise<ComposedMessage[]> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      number: true,
      buyerName: true,
      amountTyiyn: true,
      application: { select: { email: true, locale: true } },
    },
  });
  const to = invoice?.application?.email;
  if (!invoice || !to) return [];
  return [
    {
      recipient: "client",
      to,
      locale: mailLocale(invoice.application?.locale),
      content: {
        kind: "invoiceIssued",
        invoiceNumber: invoice.number,
        buyerName: invoice.buyerName,
        amountTyiyn: invoice.amountTyiyn,
      },
    },
  ];
}

async function composePaymentRecorded(db: Database, paymentId: number): Promise<ComposedMessage[]> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      service: true,
      method: true,
      providerTxnId: true,
      receiptNumber: true,
      receiptShown: true,
      sumTyiyn: true,
      receivedAt: true,
      invoiceId: true,
      client: {
        select: {
          inn: true,
          email: true,
          applications: { select: { locale: true }, orderBy: { id: "desc" }, take: 1 },
        },
      },
      invoice: {
        select: {
          number: true,
          buyerName: true,
          amountTyiyn: true,
          office: true,
          application: { select: { email: true, locale: true } },
        },
      },
    },
  });
  if (!payment) return [];
  const txnId = payment.receiptShown ?? payment.receiptNumber ?? payment.providerTxnId;
  const invoice = payment.invoice;
  let dueTyiyn = 0;
  if (invoice && payment.invoiceId !== null) {
    // Payments on one invoice are recorded one after another under its row lock, so those with
    // a smaller id are exactly the ones before this one.
    const paid = await db.payment.aggregate({
      where: { invoiceId: payment.invoiceId, id: { lte: paymentId } },
      _sum: { sumTyiyn: true },
    });
    dueTyiyn = Math.max(0, invoice.amountTyiyn - tyiynFromDatabase(paid._sum.sumTyiyn ?? 0n));
  }
  const messages: ComposedMessage[] = [];
  const clientEmail = invoice ? invoice.application?.email : payment.client?.email;
  if (clientEmail) {
    messages.push({
      recipient: "client",
      to: clientEmail,
      locale: mailLocale(invoice ? invoice.application?.locale : payment.client?.applications[0]?.locale),
      content: {
        kind: "receipt",
        service: payment.service,
        method: payment.method,
        txnId,
        sumTyiyn: payment.sumTyiyn,
        at: payment.receivedAt,
        invoice: invoice ? { number: invoice.number, dueTyiyn } : null,
        inn: invoice ? null : (payment.client?.inn ?? null),
      },
    });
  }
  // The office learns of money that arrived by itself (MegaPay); what it took, it knows.
  if (invoice?.office && payment.method === "megapay") {
    const office = await db.officeSettings.findUnique({
      where: { office: invoice.office },
      select: { email: true },
    });
    if (office?.email) {
      messages.push({
        recipient: "office",
        to: office.email,
        locale: "both",
        content: {
          kind: "officePayment",
          invoiceNumber: invoice.number,
          buyerName: invoice.buyerName,
          txnId,
          sumTyiyn: payment.sumTyiyn,
          at: payment.receivedAt,
          dueTyiyn,
        },
      });
    }
  }
  return messages;
}

// The messages an outbox row stands for, each to someone with an address; none when nobody is to
// be written to (no email given).
export function composeNotification(
  db: Database,
  row: { event: "invoiceIssued" | "paymentRecorded"; subjectId: number },
): Promise<ComposedMessage[]> {
  return row.event === "invoiceIssued"
    ? composeInvoiceIssued(db, row.subjectId)
    : composePaymentRecorded(db, row.subjectId);
}
