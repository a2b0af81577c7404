// MegaPay's registry of a period's successful payments, as a file an accountant uploads. Its
// exact format is not public, so the columns are found by name (a mapping kept in the settings),
// the delimiter and the encoding are detected (lib/csv-table.ts, csv-parse), sums may use a
// decimal point or comma, and an optional last line `Total: <count> <sum>` is checked. Every
// problem is reported with its line; a file with any problem yields no rows at all.
import {
  decodeCsvText,
  detectDelimiter,
  firstLongLine,
  readCsvTable,
  uploadedTableProblems,
} from "./csv-table";
import { parseBishkekDateTime } from "./dates";
import { parseDecimalSom } from "./money";

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

// "1 234,50", "1234.5", "1\u00a0234" → tyiyn; null when it is no positive amount.
export function registrySum(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const tyiyn = parseDecimalSom(compact);
  return tyiyn !== null && tyiyn > 0 ? tyiyn : null;
}

// `Total: 12 3456,50` (or Итого / Жыйынтык), in one cell or spread over several. Read by hand,
// one character at a time: the regular expression it replaced backtracked over runs of spaces
// and commas (cubic in the line's length: 3,200 spaces took 21 s, with the server unable to
// answer anything else).
const totalWord = /^(?:total|итого|жыйынтык)/i;
const isSeparator = (c: string) => c === "," || c === ";" || /\s/.test(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
const isSumCharacter = (c: string) => isDigit(c) || c === "." || c === "," || /\s/.test(c);

export function parseTotalLine(line: string): { count: number; sum: string } | null {
  let start = 0;
  let end = line.length;
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && isSeparator(line[end - 1]!)) end--;
  const word = totalWord.exec(line.slice(start, start + 10));
  if (!word) return null;
  let i = start + word[0].length;
  while (i < end && /\s/.test(line[i]!)) i++;
  if (line[i] === ":") i++;
  while (i < end && isSeparator(line[i]!)) i++;
  const countStart = i;
  while (i < end && isDigit(line[i]!)) i++;
  if (i === countStart || i === end || !isSeparator(line[i]!)) return null;
  const count = Number(line.slice(countStart, i));
  while (i < end && isSeparator(line[i]!)) i++;
  if (line[i] === '"') i++;
  if (line[end - 1] === '"' && end - 1 >= i) end--;
  if (i >= end) return null;
  for (let j = i; j < end; j++) if (!isSumCharacter(line[j]!)) return null;
  return { count, sum: line.slice(i, end) };
}

function splitTotal(text: string): {
  body: string;
  total: { line: number; count: number; sum: string } | null;
} {
  const lines = text.split(/\r?\n/);
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === "") last--;
  const total = last >= 0 ? parseTotalLine(lines[last]!) : null;
  if (!total) return { body: text, total: null };
  return { body: lines.slice(0, last).join("\n"), total: { line: last + 1, ...total } };
}

export function readMegapayRegistry(bytes: Uint8Array, columns: RegistryColumns): RegistryFile {
  if (bytes.byteLength > registryLimits.bytes)
    return { ok: false, problems: [{ line: 1, code: "tooLarge" }] };
  const text = decodeCsvText(bytes);
  const long = firstLongLine(text);
  if (long !== null) return { ok: false, problems: [{ line: long, code: "lineTooLong" }] };
  const { body, total } = splitTotal(text);
  if (body.trim() === "") return { ok: false, problems: [{ line: 1, code: "empty" }] };
  const wanted = registryFields.map((field) => columns[field].trim().toLowerCase());
  const table = readCsvTable(body, {
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
  for (const { line, cells } of table.records) {
    const cell = (field: RegistryField) => (cells[index[field]] ?? "").trim();
    const txnId = cell("txnId");
    const account = cell("account").replace(/\s+/g, "");
    const sumTyiyn = registrySum(cell("sum"));
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
  const totalSum = registrySum(total.sum);
  const rowSum = rows.reduce((sum, row) => sum + row.sumTyiyn, 0);
  if (total.count !== rows.length) return { ok: false, problems: [{ line: total.line, code: "totalCount" }] };
  if (totalSum !== rowSum) return { ok: false, problems: [{ line: total.line, code: "totalSum" }] };
  return { ok: true, rows, total: { line: total.line, count: total.count, sumTyiyn: rowSum } };
}
