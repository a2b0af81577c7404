// Tables that people export from other systems (SOChI's client list, MegaPay's registry) and
// upload to us: bytes in UTF-8 or Windows-1251, comma-, semicolon- or tab-separated (a Russian
// Excel saves with semicolons), a header row, then records. The parsing is csv-parse's; this
// module decides the encoding and the delimiter and reports problems by line number.
import { Parser, type Options } from "csv-parse";
import { parse } from "csv-parse/sync";
import { runSteps } from "./next-turn";

export const csvTableProblems = [
  "empty",
  "header",
  "quotes",
  "columnCount",
  "malformed",
  "lineTooLong",
] as const;

// No line of a table people export is longer than this (a row of SOChI's list or MegaPay's
// registry is well under 500 characters). A longer one is refused before anything else reads the
// file, so that no step ever works on one endless line.
export const maxLineLength = 2000;
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

// Decoded a megabyte at a time, yielding between (a 32 MB bank statement decoded at once held
// the event loop for over 100 ms), and kept in those parts (joined into one text, 40 ms more).
const chunkBytes = 2 ** 20;
export function* decodeInChunks(
  encoding: string,
  fatal: boolean,
  bytes: Uint8Array,
): Generator<void, string[], void> {
  const decoder = new TextDecoder(encoding, { fatal });
  const parts: string[] = [];
  for (let i = 0; i < bytes.byteLength; i += chunkBytes) {
    parts.push(
      decoder.decode(bytes.subarray(i, i + chunkBytes), { stream: i + chunkBytes < bytes.byteLength }),
    );
    yield;
  }
  return parts;
}

// UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), else Windows-1251,
// the code page of Russian-language Windows (every byte is a valid Windows-1251 character, so
// that guess never fails; the rows' own checks catch a file that was neither). In steps, for a
// caller that yields between them (lib/next-turn.ts), as parts of about a megabyte that a reader
// may walk without joining them; decodeCsvText at once, as one text.
export function* decodeCsvPartsSteps(bytes: Uint8Array): Generator<void, string[], void> {
  let parts: string[];
  try {
    parts = yield* decodeInChunks("utf-8", true, bytes);
  } catch {
    parts = yield* decodeInChunks("windows-1251", false, bytes);
  }
  if (parts[0]?.startsWith("\uFEFF")) parts[0] = parts[0].slice(1);
  return parts;
}

// The whole text, for a reader that needs it in one piece (a table).
export function* decodeCsvTextSteps(bytes: Uint8Array): Generator<void, string, void> {
  return (yield* decodeCsvPartsSteps(bytes)).join("");
}

export const decodeCsvText = (bytes: Uint8Array): string => runSteps(decodeCsvTextSteps(bytes));

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
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "columnCount",
};

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

// The line (1-based) of the first line longer than `max` characters, in one pass.
export function firstLongLine(text: string, max = maxLineLength): number | null {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > max) return line;
    if (end < 0) return null;
    line++;
    start = end + 1;
  }
}

// csv-parse counts the line a record ends on; a quoted cell may span several lines.
const startLine = (endLine: number, cells: string[]) =>
  endLine - cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

interface CsvTableOptions {
  headerOk?: (header: string[]) => boolean;
  // Reading stops one record past this many, so that a caller can say there are too many
  // without the rest of the file being read.
  maxRecords?: number;
  // maxLineLength by default.
  maxLineLength?: number;
}

// csv-parse's stream parser, written a piece of the text at a time: each write parses the piece
// before it returns, and its records are read at once, so no callback is awaited; the generator
// yields after each piece. csv-parse/sync takes the whole text at once, and a 20 MB bank
// statement held the event loop for 2 s. Throws csv-parse's error, as its sync entry does.
const pieceChars = 2 ** 16;
function* parseSteps(text: string, options: Options): Generator<void, ParsedRecord[], void> {
  // Each write and the end are parsed before they return (Node 20's streams call _transform and
  // _flush at once when nothing is pending); should that ever change, `flushed` stays false and
  // the table is refused rather than read short.
  let flushed = false;
  const parser = new (class extends Parser {
    override _flush(callback: (error?: Error | null) => void) {
      super._flush((error?: Error | null) => {
        flushed = true;
        callback(error);
      });
    }
  })(options);
  // Its errors are read from `errored` below; a listener keeps them from being thrown again.
  parser.on("error", () => {});
  const parsed: ParsedRecord[] = [];
  const drain = () => {
    for (let record = parser.read(); record !== null; record = parser.read()) parsed.push(record);
    if (parser.errored) throw parser.errored;
  };
  // After `to` records the parser ends its writable side itself.
  for (let start = 0; start < text.length && !parser.writableEnded;) {
    let end = Math.min(start + pieceChars, text.length);
    // Never between the two halves of a surrogate pair.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    parser.write(Buffer.from(text.slice(start, end)));
    drain();
    start = end;
    yield;
  }
  // Ended by itself at `to` records, it does not flush.
  const endedItself = parser.writableEnded;
  if (!endedItself) parser.end();
  drain();
  if (!endedItself && !flushed) throw new Error("csv-parse did not finish when the text ended");
  return parsed;
}

// Every record must have as many cells as the header; blank lines are skipped. All or nothing:
// the first malformed line fails the whole table. The header (trimmed, lower case) is judged
// first by `headerOk`, so that a wrong file is named as such rather than by its first row.
// Reading takes time linear in the file's length: lines are bounded, and csv-parse stops at the
// first record whose length differs from the header's (csv-parse's relax_column_count would
// instead build an error with a stack trace for every such record: 40 s for a 5 MB file of short
// lines), and one record past `maxRecords`. In steps; readCsvTable at once.
export function* readCsvTableSteps(
  text: string,
  {
    headerOk = () => true,
    maxRecords = Infinity,
    maxLineLength: maxLine = maxLineLength,
  }: CsvTableOptions = {},
): Generator<void, CsvTable, void> {
  const long = firstLongLine(text, maxLine);
  if (long !== null) return { ok: false, line: long, problem: "lineTooLong" };
  const delimiter = detectDelimiter(text);
  const options: Options = {
    ...(Number.isFinite(maxRecords) ? { to: maxRecords + 2 } : {}),
    delimiter,
    info: true,
    skip_empty_lines: true,
    // Names such as ОсОО "Ай" typed into a cell without quoting it are common in hand-made files.
    relax_quotes: true,
  };
  let parsed: ParsedRecord[];
  try {
    // The header first, alone (headers are plain words on the first non-blank line).
    const headerLine = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
    const [first] = parse(headerLine, options) as unknown as ParsedRecord[];
    if (!first) return { ok: false, line: 1, problem: "empty" };
    if (!headerOk(first.record.map((h) => h.trim().toLowerCase())))
      return { ok: false, line: 1, problem: "header" };
    parsed = yield* parseSteps(text, options);
  } catch (error) {
    const { code, lines, record } = error as { code?: string; lines?: number; record?: string[] };
    const line = lines === undefined ? 1 : record ? startLine(lines, record) : lines;
    return { ok: false, line, problem: problemOf[code ?? ""] ?? "malformed" };
  }
  const [first, ...rest] = parsed;
  if (!first) return { ok: false, line: 1, problem: "empty" };
  const header = first.record.map((h) => h.trim().toLowerCase());
  const records: CsvRecord[] = [];
  for (const [i, { record, info }] of rest.entries()) {
    records.push({ line: startLine(info.lines, record), cells: record });
    if (i % 5000 === 4999) yield;
  }
  return { ok: true, header, records, delimiter };
}

export const readCsvTable = (text: string, options: CsvTableOptions = {}): CsvTable =>
  runSteps(readCsvTableSteps(text, options));
