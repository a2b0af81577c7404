// A bank statement saved as a table (CSV from internet banking, or an Excel sheet saved as CSV):
// comma, semicolon or tab, UTF-8 or Windows-1251 (lib/csv-table.ts), the columns found by the
// names an admin keeps in the settings. A row with a positive amount is an incoming transfer; a
// negative one was paid out and is only counted. An optional last line `Итого: <count> <sum>`
// must match the incoming rows. Every problem is reported with its line, and a file with any
// problem yields nothing.
import { readCsvTableSteps } from "../csv-table";
import { runSteps } from "../next-turn";
import { parseDecimalSom } from "../money";
import { positiveSom, splitTotal } from "../table-total";
import {
  statementAccount,
  statementDate,
  statementInn,
  statementLimits,
  type StatementProblem,
  type StatementReading,
  type StatementTransfer,
} from "./statement-file";

export const statementColumnFields = [
  "date",
  "number",
  "amount",
  "payer",
  "payerInn",
  "payerAccount",
  "purpose",
] as const;
export type StatementColumnField = (typeof statementColumnFields)[number];
export type StatementColumns = Record<StatementColumnField, string>;

// As Russian-language internet banks name them; the payer's account may be missing.
export const defaultStatementColumns: StatementColumns = {
  date: "Дата",
  number: "Номер",
  amount: "Сумма",
  payer: "Плательщик",
  payerInn: "ИНН плательщика",
  payerAccount: "Счет плательщика",
  purpose: "Назначение платежа",
};
const optionalFields: StatementColumnField[] = ["payerAccount"];

// A paid-out amount: "-500", "−500,00".
const isOutgoing = (text: string) => {
  const trimmed = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^[-\u2212]/.test(trimmed)) return false;
  return parseDecimalSom(trimmed.slice(1).replace(",", ".")) !== null;
};

// In steps (lib/next-turn.ts), as the 1C reader: a table of 50,000 rows read at once held the
// event loop for 2 s. readStatementTable reads at once.
export function* statementTableSteps(
  text: string,
  columns: StatementColumns,
): Generator<void, StatementReading, void> {
  const fail = (problem: StatementProblem): StatementReading => ({ ok: false, problems: [problem] });
  const { body, total } = splitTotal(text);
  if (body.trim() === "") return fail({ line: 1, code: "empty" });
  const wanted = Object.fromEntries(
    statementColumnFields.map((field) => [field, columns[field].trim().toLowerCase()]),
  ) as StatementColumns;
  const required = statementColumnFields.filter((field) => !optionalFields.includes(field));
  const table = yield* readCsvTableSteps(body, {
    headerOk: (header) => required.every((field) => header.includes(wanted[field])),
    maxRecords: statementLimits.transfers,
    maxLineLength: statementLimits.lineLength,
  });
  if (!table.ok) {
    if (table.problem !== "header") return fail({ line: table.line, code: table.problem });
    const header = (body.trimStart().split(/\r?\n/, 1)[0] ?? "").toLowerCase();
    return {
      ok: false,
      problems: required
        .filter((field) => !header.includes(wanted[field]))
        .map((field) => ({ line: 1, code: "header" as const, field: columns[field] })),
    };
  }
  if (table.records.length > statementLimits.transfers)
    return fail({ line: statementLimits.transfers + 2, code: "tooManyTransfers" });
  const index = (field: StatementColumnField) => table.header.indexOf(wanted[field]);
  const problems: StatementProblem[] = [];
  const incoming: StatementTransfer[] = [];
  let ignoredCount = 0;
  for (const [i, { line, cells }] of table.records.entries()) {
    if (i % 2000 === 1999) yield;
    const cell = (field: StatementColumnField) =>
      index(field) < 0 ? "" : (cells[index(field)] ?? "").trim();
    if (isOutgoing(cell("amount"))) {
      ignoredCount++;
      continue;
    }
    const before = problems.length;
    const date = statementDate(cell("date"));
    const amount = positiveSom(cell("amount"));
    if (!date) problems.push({ line, code: "date", field: columns.date });
    if (!cell("number")) problems.push({ line, code: "missing", field: columns.number });
    if (amount === null) problems.push({ line, code: "sum", field: columns.amount });
    if (problems.length > before) continue;
    incoming.push({
      line,
      number: cell("number"),
      date: date!,
      receivedOn: date,
      amountTyiyn: amount!,
      payerName: cell("payer"),
      payerInn: statementInn(cell("payerInn")),
      payerAccount: statementAccount(cell("payerAccount")),
      purpose: cell("purpose"),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (total) {
    const sum = incoming.reduce((s, t) => s + t.amountTyiyn, 0);
    if (total.count !== incoming.length) return fail({ line: total.line, code: "totalCount" });
    if (positiveSom(total.sum) !== sum) return fail({ line: total.line, code: "totalSum" });
  }
  if (incoming.length === 0) return fail({ line: 2, code: "noTransfers" });
  const days = incoming.map((t) => t.date).sort();
  return {
    ok: true,
    statement: {
      format: "table",
      periodStart: days[0] ?? null,
      periodEnd: days.at(-1) ?? null,
      accounts: [],
      incoming,
      ignoredCount,
    },
  };
}

export const readStatementTable = (text: string, columns: StatementColumns): StatementReading =>
  runSteps(statementTableSteps(text, columns));
