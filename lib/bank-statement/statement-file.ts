// What the bank statement readers (one-c-statement.ts, statement-table.ts) give the domain: the
// incoming transfers to the company's accounts, what else the file listed, and every problem by
// line when the file is refused (then nothing of it is used).
import { runSteps } from "../next-turn";
import { decodeCsvPartsSteps, decodeInChunks } from "../csv-table";
import { parseDay } from "../dates";

// A year of statements in one file (20,000 transfers of the 1C format's ~25 lines each), with
// room to spare; lines are never longer than this.
export const statementLimits = { bytes: 32 * 1024 * 1024, transfers: 50_000, lineLength: 4000 } as const;

export interface StatementTransfer {
  // The line of the file where the transfer starts.
  line: number;
  // The payment order's number and date (yyyy-mm-dd), and when it reached the account.
  number: string;
  date: string;
  receivedOn: string | null;
  amountTyiyn: number;
  payerName: string;
  payerInn: string | null;
  payerAccount: string | null;
  purpose: string;
}

// One account's section of a 1C statement: balances and totals as the bank wrote them.
export interface StatementAccount {
  account: string;
  openingTyiyn: number | null;
  totalInTyiyn: number | null;
  totalOutTyiyn: number | null;
  closingTyiyn: number | null;
}

export interface StatementFile {
  format: "oneC" | "table";
  periodStart: string | null;
  periodEnd: string | null;
  accounts: StatementAccount[];
  incoming: StatementTransfer[];
  // Listed but not incoming: paid out, or to an account that is not the company's.
  ignoredCount: number;
}

export const statementProblemCodes = [
  "tooLarge",
  "lineTooLong",
  "empty",
  "notOneC",
  "version",
  "notKeyValue",
  "cutOff",
  "afterEnd",
  "dateInFuture",
  "unclosedSection",
  "missing",
  "date",
  "sum",
  "account",
  "totalIn",
  "totalCount",
  "totalSum",
  "tooManyTransfers",
  "noTransfers",
  // A table's own problems (lib/csv-table.ts).
  "header",
  "quotes",
  "columnCount",
  "malformed",
] as const;
export type StatementProblemCode = (typeof statementProblemCodes)[number];

export interface StatementProblem {
  line: number;
  code: StatementProblemCode;
  // The key or column concerned (ПлательщикИНН, amount, …), as the file names it.
  field?: string;
}

export type StatementReading =
  { ok: true; statement: StatementFile } | { ok: false; problems: StatementProblem[] };

// "05.12.2026" (or 5.12.2026) → "2026-12-05"; null for anything else or a day that does not exist.
// Dots only, as banks write it (lib/dates.ts reads the day).
export function statementDate(text: string): string | null {
  const t = text.trim();
  if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t)) return null;
  const day = parseDay(t);
  // No bank statement of ours is older than this century (nor a typo's 1026 or 3026).
  return day && day >= "2000-01-01" && day <= "2099-12-31" ? day : null;
}

// A bank account as banks write it: digits, perhaps grouped with spaces.
export function statementAccount(text: string): string | null {
  const digits = text.replace(/[\s\u00a0]/g, "");
  return /^\d{8,34}$/.test(digits) ? digits : null;
}

// A 14-digit INN or null (empty or anything else: payers abroad have none).
export function statementInn(text: string): string | null {
  const digits = text.replace(/\s/g, "");
  return /^\d{14}$/.test(digits) ? digits : null;
}

// UTF-8, else Windows-1251 (lib/csv-table.ts), else the DOS code page a 1C file may declare
// (Кодировка=DOS): chosen by which one reads the format's own words in the header, which comes
// first. In steps, as parts (decodeCsvPartsSteps).
export function* decodeStatementSteps(bytes: Uint8Array): Generator<void, string[], void> {
  const parts = yield* decodeCsvPartsSteps(bytes);
  const head = parts[0] ?? "";
  if (head.includes("Кодировка") || !head.startsWith("1CClientBankExchange")) return parts;
  const dos = yield* decodeInChunks("ibm866", false, bytes);
  return (dos[0] ?? "").includes("Кодировка") ? dos : parts;
}

export const decodeStatementText = (bytes: Uint8Array): string =>
  runSteps(decodeStatementSteps(bytes)).join("");
