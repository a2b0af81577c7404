import { parseBishkekDateTime } from "../dates";
import { parseDecimalSom } from "../money";
import { OsmpResult, type OsmpResultCode } from "./result-codes";

export type OsmpService = "soci" | "eds";
export const accountLength: Record<OsmpService, number> = { soci: 14, eds: 16 };

export type OsmpCommand = "check" | "pay";

export interface OsmpRequest {
  command: OsmpCommand;
  txnId: string;
  account: string;
  sumTyiyn: number | null;
  txnDate: Date | null;
}

// What goes back even when the request is refused: the txn_id as received and a valid sum.
export interface OsmpEcho {
  txnId: string;
  sumTyiyn: number | null;
}

export type ParsedOsmpRequest =
  | { ok: true; request: OsmpRequest; echo: OsmpEcho }
  | { ok: false; result: OsmpResultCode; reason: string; echo: OsmpEcho };

const maxEchoLength = 64;
const known = ["command", "txn_id", "account", "sum", "txn_date"] as const;

// "YYYYMMDDHHMMSS" in Asia/Bishkek time (UTC+6) → the instant, or null when not a real moment
// (or before 2000).
export function parseTxnDate(text: string): Date | null {
  return /^\d{14}$/.test(text) && Number(text.slice(0, 4)) >= 2000 ? parseBishkekDateTime(text) : null;
}

export function parseOsmpRequest(params: URLSearchParams, service: OsmpService): ParsedOsmpRequest {
  const values = (name: string) => params.getAll(name);
  const rawTxn = values("txn_id")[0] ?? "";
  const echo: OsmpEcho = { txnId: rawTxn.slice(0, maxEchoLength), sumTyiyn: null };
  const fail = (result: OsmpResultCode, reason: string): ParsedOsmpRequest => ({
    ok: false,
    result,
    reason,
    echo,
  });

  for (const name of known)
    if (values(name).length > 1) return fail(OsmpResult.otherError, `repeated ${name}`);
  const rawSum = values("sum")[0];
  if (rawSum !== undefined) {
    const sum = parseDecimalSom(rawSum);
    if (sum === null || sum <= 0) return fail(OsmpResult.otherError, "malformed sum");
    echo.sumTyiyn = sum;
  }

  const command = values("command")[0];
  if (command !== "check" && command !== "pay") return fail(OsmpResult.otherError, "unknown command");
  if (!/^[0-9]{1,20}$/.test(rawTxn)) return fail(OsmpResult.otherError, "malformed txn_id");

  const rawAccount = values("account")[0];
  if (rawAccount === undefined || rawAccount === "") return fail(OsmpResult.otherError, "missing account");
  const account = rawAccount.replace(/[\s-]/g, "");
  if (!new RegExp(`^[0-9]{${accountLength[service]}}$`).test(account))
    return fail(OsmpResult.badAccountFormat, "account format");

  let txnDate: Date | null = null;
  if (command === "pay") {
    if (echo.sumTyiyn === null) return fail(OsmpResult.otherError, "missing sum");
    const rawDate = values("txn_date")[0];
    if (rawDate === undefined) return fail(OsmpResult.otherError, "missing txn_date");
    txnDate = parseTxnDate(rawDate);
    if (!txnDate) return fail(OsmpResult.otherError, "malformed txn_date");
  }
  return { ok: true, request: { command, txnId: rawTxn, account, sumTyiyn: echo.sumTyiyn, txnDate }, echo };
}
