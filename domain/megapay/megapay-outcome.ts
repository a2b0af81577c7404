import { OsmpResult, type OsmpResultCode } from "@/lib/osmp/result-codes";
import type { PaymentRefusal, PaymentResult } from "./payment-result";

// What a MegaPay operation decided; lib/osmp/encode-response.ts turns it into XML.
export interface MegapayOutcome {
  result: OsmpResultCode;
  comment: string;
  prvTxn?: string;
  fields?: { name: string; value: string }[];
}

export const outcome = {
  ok: (extra: Omit<MegapayOutcome, "result" | "comment"> = {}): MegapayOutcome => ({
    result: OsmpResult.ok,
    comment: "OK",
    ...extra,
  }),
  temporaryError: (): MegapayOutcome => ({
    result: OsmpResult.temporaryError,
    comment: "temporary error, nothing recorded: retry later",
  }),
  badAccountFormat: (): MegapayOutcome => ({
    result: OsmpResult.badAccountFormat,
    comment: "wrong account format",
  }),
  accountNotFound: (): MegapayOutcome => ({
    result: OsmpResult.accountNotFound,
    comment: "account not found",
  }),
  notAllowed: (why: string): MegapayOutcome => ({
    result: OsmpResult.paymentNotAllowed,
    comment: `payment not allowed: ${why}`,
  }),
  sumTooSmall: (): MegapayOutcome => ({ result: OsmpResult.sumTooSmall, comment: "sum too small" }),
  sumTooLarge: (): MegapayOutcome => ({ result: OsmpResult.sumTooLarge, comment: "sum too large" }),
  other: (why: string): MegapayOutcome => ({ result: OsmpResult.otherError, comment: `error: ${why}` }),
};

// A recorded payment in MegaPay's words: a new or a replayed payment is result 0 with its id (the
// same answer both times); a client not connected to SOChI is, to MegaPay, no account at all.
const refusalOutcome: Record<PaymentRefusal, () => MegapayOutcome> = {
  accountNotFound: outcome.accountNotFound,
  notConnected: outcome.accountNotFound,
  invoiceCancelled: () => outcome.notAllowed("invoice cancelled"),
  invoicePaid: () => outcome.notAllowed("invoice paid"),
  aboveDue: () => outcome.notAllowed("sum above what is due"),
  sumTooSmall: outcome.sumTooSmall,
  sumTooLarge: outcome.sumTooLarge,
  txnConflict: () => outcome.other("txn_id already recorded with another account or sum"),
  invoiceChanged: () => outcome.notAllowed("invoice changed"),
};

export function outcomeOfPayment(result: PaymentResult): MegapayOutcome {
  return result.status === "refused"
    ? refusalOutcome[result.refusal]()
    : outcome.ok({ prvTxn: String(result.paymentId) });
}
