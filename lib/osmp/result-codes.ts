// OSMP provider-protocol result codes used by the MegaPay API (docs/megapay-api.md).
export const OsmpResult = {
  ok: 0,
  temporaryError: 1,
  badAccountFormat: 4,
  accountNotFound: 5,
  paymentNotAllowed: 7,
  sumTooSmall: 241,
  sumTooLarge: 242,
  otherError: 300,
} as const;

export type OsmpResultCode = (typeof OsmpResult)[keyof typeof OsmpResult];
