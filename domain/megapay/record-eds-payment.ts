import { isValidInvoiceNumber } from "@/lib/invoice-number";
import type { Database, LockedInvoice, PaymentSource } from "@/server/db";
import { applyInvoicePayment } from "./apply-invoice-payment";
import type { PaymentResult } from "./payment-result";
import { megapaySource, recordPayment, type AfterRecord, type PaymentRequest } from "./record-payment";

export interface RecordEdsPaymentOptions {
  db: Database;
  request: PaymentRequest;
  now?: () => Date;
  // MegaPay unless staff record cash or a bank transfer.
  source?: PaymentSource;
  afterRecord?: AfterRecord;
  // Money one staff member records by themselves (cash, a bank transfer): only on an invoice
  // that is still due, and at most what is due. MegaPay's money has already left the payer, so
  // MegaPay's pays take any valid sum and credit the excess to the balance.
  upToDue?: boolean;
  // An approved request applies exactly what was shown: the invoice as it was then, or nothing.
  expectInvoice?: { paidTyiyn: number; status: string };
}

interface EdsTarget extends LockedInvoice {
  invoiceId: number;
}

// «Оплата ЭЦП» pay: the money has already left the payer, so any valid sum is taken. It pays
// the invoice first; whatever exceeds what was due (all of it, on an invoice already paid) is
// credited to the invoice's client's balance.
export function recordEdsPayment({
  db,
  request,
  now = () => new Date(),
  source = megapaySource(),
  afterRecord,
  upToDue = false,
  expectInvoice,
}: RecordEdsPaymentOptions): Promise<PaymentResult> {
  return recordPayment<EdsTarget>({
    db,
    service: "eds",
    request,
    source,
    afterRecord,
    async findTarget(ledger) {
      if (!isValidInvoiceNumber(request.account)) return "accountNotFound";
      const invoice = await ledger.lockInvoice(request.account);
      if (!invoice) return "accountNotFound";
      if (invoice.status === "cancelled") return "invoiceCancelled";
      if (
        expectInvoice &&
        (invoice.paidTyiyn !== expectInvoice.paidTyiyn || invoice.status !== expectInvoice.status)
      )
        return "invoiceChanged";
      if (upToDue) {
        // Read from the locked row: two payments recorded at once cannot both fit the same due.
        if (invoice.status === "paid") return "invoicePaid";
        if (request.sumTyiyn > invoice.amountTyiyn - invoice.paidTyiyn) return "aboveDue";
      }
      return { ...invoice, invoiceId: invoice.id };
    },
    async apply(ledger, paymentId, target) {
      const split = applyInvoicePayment(target, request.sumTyiyn);
      if (split.toInvoiceTyiyn > 0) {
        const becomesPaid = split.status === "paid" && target.status !== "paid";
        await ledger.updateInvoicePayment(target.invoiceId, {
          paidTyiyn: split.paidTyiyn,
          status: split.status,
          paidAt: becomesPaid ? now() : null,
        });
      }
      if (split.toBalanceTyiyn > 0) {
        await ledger.creditBalance({
          clientId: target.clientId,
          amountTyiyn: split.toBalanceTyiyn,
          reason: `${source.method}_eds_overpayment`,
          paymentId,
        });
      }
    },
  });
}
