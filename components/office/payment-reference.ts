// What a payment is known by, to staff: MegaPay's txn_id, the receipt or payment-order number as
// typed, or for a reversal the payment it reverses (its own txn_id, "reversal:<id>", is internal).
export interface ReferencedPayment {
  providerTxnId: string;
  receiptNumber: string | null;
  receiptShown?: string | null;
  reversesId: number | null;
}

export function paymentReference(p: ReferencedPayment, reversalOf: (id: number) => string): string {
  if (p.reversesId !== null) return reversalOf(p.reversesId);
  return p.receiptShown ?? p.receiptNumber ?? p.providerTxnId;
}
