import type { UploadProblem } from "./upload-form-state";

// What the bank statement upload (app/[locale]/office/(staff)/bank/upload/route.ts) answers for
// each file: kept (a new statement, or the same file again), or refused with its problems.
export type BankUploadResult =
  | { fileName: string; ok: true; statementId: number; again: boolean }
  | { fileName: string; ok: false; problemCount: number; problems: UploadProblem[] };

export type BankUploadAnswer = { results: BankUploadResult[] } | { error: string };

// Files one upload takes (the form sends them one by one; a form posted without JavaScript, all
// at once).
export const maxBankUploadFiles = 12;
