// What recording a payment decided, in the domain's words. Each edge says it in its own
// language: MegaPay's in OSMP result codes (megapay-outcome.ts `outcomeOfPayment`), the back
// office's as a form's messages (record-office-payment.ts, resolve-reconciliation-item.ts).
export const paymentRefusals = [
  // No client with this INN, or no invoice with this number.
  "accountNotFound",
  // A «СОчИ» top-up for a client the company has not connected to SOChI.
  "notConnected",
  "invoiceCancelled",
  // Office payments only: the invoice is already paid, or the sum is above what is still due.
  "invoicePaid",
  "aboveDue",
  "sumTooSmall",
  "sumTooLarge",
  // The txn_id (or receipt) is already recorded with another account or sum.
  "txnConflict",
  // An approved request's invoice is no longer as it was when the request was made.
  "invoiceChanged",
] as const;
export type PaymentRefusal = (typeof paymentRefusals)[number];

export type PaymentResult =
  | { status: "recorded"; paymentId: number }
  // The same txn_id with the same account and sum again: the stored payment, nothing new.
  | { status: "replayed"; paymentId: number }
  | { status: "refused"; refusal: PaymentRefusal };

export const paymentResult = {
  recorded: (paymentId: number): PaymentResult => ({ status: "recorded", paymentId }),
  replayed: (paymentId: number): PaymentResult => ({ status: "replayed", paymentId }),
  refused: (refusal: PaymentRefusal): PaymentResult => ({ status: "refused", refusal }),
};
