import type { OfficeId } from "@/config/offices";
import { isValidInvoiceNumber, normalizeInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";

export type InvoiceStatus = "awaiting" | "partly_paid" | "paid" | "cancelled";

export interface InvoicePaymentView {
  id: number;
  sumTyiyn: number;
  method: "megapay" | "cash" | "bank";
  /** MegaPay's txn_id, as the wallet's receipt shows it; null for cash and bank payments. */
  megapayTxnId: string | null;
  receivedAt: Date;
}

export interface InvoiceView {
  number: string;
  status: InvoiceStatus;
  amountTyiyn: number;
  paidTyiyn: number;
  issuedAt: Date;
  paidAt: Date | null;
  organizationName: string;
  // The buyer's INN as at issue (a bank transfer names it).
  buyerInn: string;
  items: {
    code: string;
    nameKy: string;
    nameRu: string;
    unitPriceTyiyn: number;
    quantity: number;
    amountTyiyn: number;
  }[];
  payments: InvoicePaymentView[];
  // The signature's way, as the client follows it: paid, documents checked at the office they
  // chose, signature issued; null for an invoice without an application or a cancelled one.
  progress: {
    office: OfficeId;
    documentsCheckedAt: Date | null;
    signatureValidTo: Date | null;
  } | null;
}

export interface FindInvoiceOptions {
  db: Database;
  number: string;
}

// The invoice with this number, or null. A number whose check digit is wrong is refused before
// any database query.
export async function findInvoice({ db, number }: FindInvoiceOptions): Promise<InvoiceView | null> {
  const digits = normalizeInvoiceNumber(number);
  if (!digits || !isValidInvoiceNumber(digits)) return null;
  const invoice = await db.invoice.findUnique({
    where: { number: digits },
    select: {
      number: true,
      status: true,
      amountTyiyn: true,
      paidTyiyn: true,
      issuedAt: true,
      paidAt: true,
      buyerName: true,
      buyerInn: true,
      items: {
        orderBy: { id: "asc" },
        select: {
          tariffCode: true,
          nameKy: true,
          nameRu: true,
          unitPriceTyiyn: true,
          quantity: true,
          amountTyiyn: true,
        },
      },
      payments: {
        orderBy: { id: "asc" },
        select: { id: true, sumTyiyn: true, method: true, providerTxnId: true, receivedAt: true },
      },
      application: {
        select: {
          status: true,
          office: true,
          documentsCheckedAt: true,
          signature: { select: { validTo: true } },
        },
      },
    },
  });
  if (!invoice) return null;
  return {
    number: invoice.number,
    status: invoice.status as InvoiceStatus,
    amountTyiyn: invoice.amountTyiyn,
    paidTyiyn: invoice.paidTyiyn,
    issuedAt: invoice.issuedAt,
    paidAt: invoice.paidAt,
    organizationName: invoice.buyerName,
    buyerInn: invoice.buyerInn,
    items: invoice.items.map(({ tariffCode, ...item }) => ({ code: tariffCode, ...item })),
    payments: invoice.payments.map(({ providerTxnId, ...payment }) => ({
      ...payment,
      megapayTxnId: payment.method === "megapay" ? providerTxnId : null,
    })),
    progress:
      invoice.application && invoice.status !== "cancelled" && invoice.application.status !== "cancelled"
        ? {
            office: invoice.application.office as OfficeId,
            documentsCheckedAt: invoice.application.documentsCheckedAt,
            signatureValidTo: invoice.application.signature?.validTo ?? null,
          }
        : null,
  };
}
