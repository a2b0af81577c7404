// MegaPay's registry of a period's successful payments, as a file an accountant uploads. Its
// exact format is not public, so the columns are found by name (a mapping kept in the settings),
// the delimiter and the encoding are detected (lib/csv-table.ts, csv-parse), sums may use a
// decimal point or comma, and an optional last line `Total: <count> <sum>` is checked. Every
// problem is reported with its line; a file with any problem yields no rows at all.
import { decodeCsvTextSteps, detectDelimiter, readCsvTableSteps, uploadedTableProblems } from "./csv-table";
import { parseBishkekDateTime } from "./dates";
import { runSteps, runStepsInTurns } from "./next-turn";
import { positiveSom, splitTotal } from "./table-total";

export const registryFields = ["txnId", "date", "account", "sum", "service"] as const;
export type RegistryField = (typeof registryFields)[number];
export type RegistryColumns = Record<RegistryField, string>;

export const defaultRegistryColumns: RegistryColumns = {
  txnId: "txn_id",
  date: "date",
  account: "account",
  sum: "sum",
  service: "service",
};

export const registryLimits = { bytes: 5 * 1024 * 1024, rows: 50_000 } as const;

export type RegistryService = "soci" | "eds";

export interface RegistryRow {
  line: number;
  service: RegistryService;
  txnId: string;
  account: string;
  sumTyiyn: number;
  txnAt: Date;
}

export const registryProblems = [
  ...uploadedTableProblems,
  "txnId",
  "date",
  "account",
  "sum",
  "service",
  "totalCount",
  "totalSum",
] as const;
export type RegistryProblemCode = (typeof registryProblems)[number];

export interface RegistryProblem {
  line: number;
  column?: RegistryField;
  code: RegistryProblemCode;
}

export type RegistryFile =
  | { ok: true; rows: RegistryRow[]; total: { line: number; count: number; sumTyiyn: number } | null }
  | { ok: false; problems: RegistryProblem[] };

// MegaPay's names for its two services (the wallet shows «СОчИ» and «Оплата ЭЦП»), our codes,
// and the short forms a person might type; compared in lower case without quotes.
const serviceNames: Record<string, RegistryService> = {
  soci: "soci",
  сочи: "soci",
  eds: "eds",
  эцп: "eds",
  "оплата эцп": "eds",
};

export function registryService(text: string): RegistryService | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[«»"']/g, "")
    .replace(/\s+/g, " ");
  return serviceNames[key] ?? null;
}

// In steps (lib/next-turn.ts): a registry of the largest size read at once held the event loop,
// and with it MegaPay's pays, for half a second.
function* megapayRegistrySteps(
  bytes: Uint8Array,
  columns: RegistryColumns,
): Generator<void, RegistryFile, void> {
  if (bytes.byteLength > registryLimits.bytes)
    return { ok: false, problems: [{ line: 1, code: "tooLarge" }] };
  const text = yield* decodeCsvTextSteps(bytes);
  const { body, total } = splitTotal(text);
  if (body.trim() === "") return { ok: false, problems: [{ line: 1, code: "empty" }] };
  const wanted = registryFields.map((field) => columns[field].trim().toLowerCase());
  const table = yield* readCsvTableSteps(body, {
    headerOk: (header) => wanted.every((name) => header.includes(name)),
    maxRecords: registryLimits.rows,
  });
  if (!table.ok) {
    if (table.problem !== "header")
      return { ok: false, problems: [{ line: table.line, code: table.problem }] };
    // Name every column the header lacks.
    const header = (body.split(/\r?\n/, 1)[0] ?? "")
      .split(detectDelimiter(body))
      .map((name) => name.trim().replace(/^"|"$/g, "").toLowerCase());
    return {
      ok: false,
      problems: registryFields
        .filter((field) => !header.includes(columns[field].trim().toLowerCase()))
        .map((column) => ({ line: 1, column, code: "header" as const })),
    };
  }
  if (table.records.length === 0) return { ok: false, problems: [{ line: 2, code: "noRows" }] };
  if (table.records.length > registryLimits.rows)
    return { ok: false, problems: [{ line: registryLimits.rows + 2, code: "tooManyRows" }] };

  const index = Object.fromEntries(
    registryFields.map((field) => [field, table.header.indexOf(wanted[registryFields.indexOf(field)]!)]),
  ) as Record<RegistryField, number>;
  const problems: RegistryProblem[] = [];
  const rows: RegistryRow[] = [];
  for (const [i, { line, cells }] of table.records.entries()) {
    if (i % 2000 === 1999) yield;
    const cell = (field: RegistryField) => (cells[index[field]] ?? "").trim();
    const txnId = cell("txnId");
    const account = cell("account").replace(/\s+/g, "");
    const sumTyiyn = positiveSom(cell("sum"));
    const txnAt = parseBishkekDateTime(cell("date"));
    const service = registryService(cell("service"));
    const before = problems.length;
    if (!/^\d{1,20}$/.test(txnId)) problems.push({ line, column: "txnId", code: "txnId" });
    if (!txnAt) problems.push({ line, column: "date", code: "date" });
    if (!/^\d{1,40}$/.test(account)) problems.push({ line, column: "account", code: "account" });
    if (sumTyiyn === null) problems.push({ line, column: "sum", code: "sum" });
    if (!service) problems.push({ line, column: "service", code: "service" });
    if (problems.length === before)
      rows.push({ line, service: service!, txnId, account, sumTyiyn: sumTyiyn!, txnAt: txnAt! });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!total) return { ok: true, rows, total: null };
  const totalSum = positiveSom(total.sum);
  const rowSum = rows.reduce((sum, row) => sum + row.sumTyiyn, 0);
  if (total.count !== rows.length) return { ok: false, problems: [{ line: total.line, code: "totalCount" }] };
  if (totalSum !== rowSum) return { ok: false, problems: [{ line: total.line, code: "totalSum" }] };
  return { ok: true, rows, total: { line: total.line, count: total.count, sumTyiyn: rowSum } };
}

export const readMegapayRegistry = (bytes: Uint8Array, columns: RegistryColumns): RegistryFile =>
  runSteps(megapayRegistrySteps(bytes, columns));

export const readMegapayRegistryInTurns = (bytes: Uint8Array, columns: RegistryColumns) =>
  runStepsInTurns(megapayRegistrySteps(bytes, columns));
