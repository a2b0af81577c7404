import { isValidInvoiceNumber } from "@/lib/invoice-number";
import { toDecimalSom } from "@/lib/money";
import { readPaymentLedger, type Database } from "@/server/db";
import { clientLabel } from "./client-label";
import { outcome, type MegapayOutcome } from "./megapay-outcome";

export interface CheckEdsInvoiceOptions {
  db: Database;
  invoiceNumber: string;
  sumTyiyn: number | null;
}

// «Оплата ЭЦП» check: does the invoice exist, can it still be paid, and does the sum (if given)
// match what is due.
export async function checkEdsInvoice({
  db,
  invoiceNumber,
  sumTyiyn,
}: CheckEdsInvoiceOptions): Promise<MegapayOutcome> {
  if (!isValidInvoiceNumber(invoiceNumber)) return outcome.accountNotFound();
  const invoice = await readPaymentLedger(db, (ledger) => ledger.describeInvoice(invoiceNumber));
  if (!invoice) return outcome.accountNotFound();
  if (invoice.status === "cancelled") return outcome.notAllowed("invoice cancelled");
  const due = Math.max(invoice.amountTyiyn - invoice.paidTyiyn, 0);
  if (invoice.status === "paid" || due === 0) return outcome.notAllowed("invoice already paid");
  if (sumTyiyn !== null && sumTyiyn < due) return outcome.sumTooSmall();
  if (sumTyiyn !== null && sumTyiyn > due) return outcome.sumTooLarge();
  return outcome.ok({
    fields: [
      { name: "client", value: clientLabel(invoice.client) },
      { name: "due", value: toDecimalSom(due) },
    ],
  });
}
