// Why a transfer from a bank statement waits for a person (words in messages
// office.bank.waitReasons.<reason>). "matching": read but not yet matched (the upload was cut
// short; uploading the same file again finishes it).
export const transferWaitReasons = [
  "matching",
  "unmatched",
  "severalInvoices",
  "invoicePaid",
  "invoiceCancelled",
  "overpayment",
  "sociProposal",
  // The order names an invoice, but its payer's INN is not the invoice's buyer's.
  "payerDiffers",
  // An earlier statement listed a transfer that may be this one (settle-bank-transfers.ts).
  "possibleDuplicate",
  // The ledger refused what the match proposed (the invoice changed meanwhile, a SOChI sum
  // outside the limits, the client no longer connected).
  "refused",
  // A person assigned it, and what they assigned waits for a second person's approval.
  "awaitingApproval",
] as const;
export type TransferWaitReason = (typeof transferWaitReasons)[number];
