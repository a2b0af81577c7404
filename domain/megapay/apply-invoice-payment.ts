// How a payment of `sumTyiyn` lands on an invoice: what goes to the invoice, what is left over
// for the client's balance, and the invoice's new state. Pure, so every case is unit-tested.
export interface InvoiceState {
  amountTyiyn: number;
  paidTyiyn: number;
}

export interface InvoicePaymentSplit {
  toInvoiceTyiyn: number;
  toBalanceTyiyn: number;
  paidTyiyn: number;
  status: "awaiting" | "partly_paid" | "paid";
}

export function applyInvoicePayment(invoice: InvoiceState, sumTyiyn: number): InvoicePaymentSplit {
  const due = Math.max(invoice.amountTyiyn - invoice.paidTyiyn, 0);
  const toInvoiceTyiyn = Math.min(sumTyiyn, due);
  const paidTyiyn = invoice.paidTyiyn + toInvoiceTyiyn;
  const status = paidTyiyn >= invoice.amountTyiyn ? "paid" : paidTyiyn > 0 ? "partly_paid" : "awaiting";
  return { toInvoiceTyiyn, toBalanceTyiyn: sumTyiyn - toInvoiceTyiyn, paidTyiyn, status };
}
