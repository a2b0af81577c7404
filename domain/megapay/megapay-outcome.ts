import { OsmpResult, type OsmpResultCode } from "@/lib/osmp/result-codes";

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
