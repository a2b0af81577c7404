// Tables that people export from other systems (SOChI's client list, MegaPay's registry) and
// upload to us: bytes in UTF-8 or Windows-1251, comma-, semicolon- or tab-separated (a Russian
// Excel saves with semicolons), a header row, then records. The parsing is csv-parse's; this
// module decides the encoding and the delimiter and reports problems by line number.
import { parse } from "csv-parse/sync";

export const csvTableProblems = ["empty", "header", "quotes", "columnCount", "malformed"] as const;
export type CsvTableProblem = (typeof csvTableProblems)[number];

// What an uploaded file as a whole can be refused for: the table's problems, no rows after the
// header, too many rows, too many bytes.
export const uploadedTableProblems = [...csvTableProblems, "noRows", "tooManyRows", "tooLarge"] as const;

export interface CsvRecord {
  // The line of the file the record starts on (1 = the header).
  line: number;
  cells: string[];
}

export type CsvTable =
  | { ok: true; header: string[]; records: CsvRecord[]; delimiter: string }
  | { ok: false; line: number; problem: CsvTableProblem };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1251 = new TextDecoder("windows-1251");

// UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), else Windows-1251,
// the code page of Russian-language Windows (every byte is a valid Windows-1251 character, so
// that guess never fails; the rows' own checks catch a file that was neither).
export function decodeCsvText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1251.decode(bytes);
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

const delimiters = [",", ";", "\t"] as const;

// The delimiter the header line uses most (headers are plain words, never quoted delimiters).
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  let best: string = delimiters[0];
  let bestCount = 0;
  for (const d of delimiters) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

const problemOf: Record<string, CsvTableProblem> = {
  CSV_QUOTE_NOT_CLOSED: "quotes",
  INVALID_OPENING_QUOTE: "quotes",
  CSV_INVALID_CLOSING_QUOTE: "quotes",
};

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

// Every record must have as many cells as the header; blank lines are skipped. All or nothing:
// the first malformed line fails the whole table. The header (trimmed, lower case) is judged
// first by `headerOk`, so that a wrong file is named as such rather than by its first row.
export function readCsvTable(
  text: string,
  { headerOk = () => true }: { headerOk?: (header: string[]) => boolean } = {},
): CsvTable {
  const delimiter = detectDelimiter(text);
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      // Names such as ОсОО "Ай" typed into a cell without quoting it are common in hand-made files.
      relax_quotes: true,
      relax_column_count: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    return { ok: false, line: lines ?? 1, problem: problemOf[code ?? ""] ?? "malformed" };
  }
  const [first, ...rest] = parsed;
  if (!first) return { ok: false, line: 1, problem: "empty" };
  const header = first.record.map((h) => h.trim().toLowerCase());
  if (!headerOk(header)) return { ok: false, line: 1, problem: "header" };
  const records = rest.map(({ record, info }) => ({
    // csv-parse counts the line a record ends on; a quoted cell may span several lines.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  const ragged = records.find((r) => r.cells.length !== header.length);
  if (ragged) return { ok: false, line: ragged.line, problem: "columnCount" };
  return { ok: true, header, records, delimiter };
}
