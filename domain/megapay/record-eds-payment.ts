import { isValidInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";
import { applyInvoicePayment } from "./apply-invoice-payment";
import { outcome, type MegapayOutcome } from "./megapay-outcome";
import { recordPayment, type PaymentRequest } from "./record-payment";

export interface RecordEdsPaymentOptions {
  db: Database;
  request: PaymentRequest;
  now?: () => Date;
}

interface EdsTarget {
  clientId: number;
  invoiceId: number;
  amountTyiyn: number;
  paidTyiyn: number;
  status: string;
}

// «Оплата ЭЦП» pay: the money has already left the payer, so any valid sum is taken. It pays
// the invoice first; whatever exceeds what was due (all of it, on an invoice already paid) is
// credited to the invoice's client's balance.
export function recordEdsPayment({ db, request, now = () => new Date() }: RecordEdsPaymentOptions): Promise<MegapayOutcome> {
  return recordPayment<EdsTarget>({
    db,
    service: "eds",
    request,
    async findTarget(tx) {
      if (!isValidInvoiceNumber(request.account)) return outcome.accountNotFound();
      // An update that changes nothing takes the row lock, so that concurrent payments on one
      // invoice apply one after the other on PostgreSQL too (SQLite serializes writers anyway).
      const locked = await tx.invoice.updateMany({ where: { number: request.account }, data: { paidTyiyn: { increment: 0 } } });
      if (locked.count === 0) return outcome.accountNotFound();
      const invoice = await tx.invoice.findUniqueOrThrow({
        where: { number: request.account },
        select: { id: true, clientId: true, amountTyiyn: true, paidTyiyn: true, status: true },
      });
      if (invoice.status === "cancelled") return outcome.notAllowed("invoice cancelled");
      return { clientId: invoice.clientId, invoiceId: invoice.id, amountTyiyn: invoice.amountTyiyn, paidTyiyn: invoice.paidTyiyn, status: invoice.status };
    },
    async apply(tx, paymentId, target) {
      const split = applyInvoicePayment(target, request.sumTyiyn);
      if (split.toInvoiceTyiyn > 0) {
        await tx.invoice.update({
          where: { id: target.invoiceId },
          data: {
            paidTyiyn: split.paidTyiyn,
            status: split.status,
            ...(split.status === "paid" && target.status !== "paid" ? { paidAt: now() } : {}),
          },
        });
      }
      if (split.toBalanceTyiyn > 0) {
        await tx.balanceEntry.create({
          data: { clientId: target.clientId, amountTyiyn: split.toBalanceTyiyn, reason: "megapay_eds_overpayment", paymentId },
        });
        await tx.client.update({ where: { id: target.clientId }, data: { balanceTyiyn: { increment: split.toBalanceTyiyn } } });
      }
    },
  });
}
