// SOChI's own client list, exported as CSV (header `inn,name,phone,email`; phone and email may
// be empty or left out), checked whole before anything is written: every problem is listed with
// its line, so that whoever fixes the file can fix all of it at once.
import { z } from "zod";
import { decodeCsvTextSteps, readCsvTableSteps, uploadedTableProblems } from "@/lib/csv-table";
import { runSteps, runStepsInTurns } from "@/lib/next-turn";
import { importedClientFields, type FieldErrorCode } from "../registration/registration-schema";

export const sociImportColumns = ["inn", "name", "phone", "email"] as const;
export type SociImportColumn = (typeof sociImportColumns)[number];
const requiredColumns: SociImportColumn[] = ["inn", "name"];

// SOChI serves a few thousand clients; the limits keep one upload from holding the database.
export const sociImportLimits = { bytes: 5 * 1024 * 1024, rows: 20_000 } as const;

export const sociImportFileProblems = [...uploadedTableProblems, "duplicateInn"] as const;
export type SociImportFileProblem = (typeof sociImportFileProblems)[number];

export interface SociImportProblem {
  line: number;
  column?: SociImportColumn;
  code: FieldErrorCode | SociImportFileProblem;
  // For tooLong: the limit; for duplicateInn: the line where the INN came first.
  max?: number;
  firstLine?: number;
}

// Client.kind as the registration form names it: an organisation's INN starts with 0.
export interface SociClientRow {
  line: number;
  inn: string;
  kind: "legal" | "entrepreneur";
  name: string;
  phone: string | null;
  email: string | null;
}

export type SociImportCheck =
  { ok: true; rows: SociClientRow[] } | { ok: false; problems: SociImportProblem[] };

const rowSchema = z.object(importedClientFields);

function rowProblems(line: number, error: z.ZodError): SociImportProblem[] {
  const seen = new Set<string>();
  const problems: SociImportProblem[] = [];
  for (const issue of error.issues) {
    const column = String(issue.path[0]) as SociImportColumn;
    if (seen.has(column)) continue;
    seen.add(column);
    const params = (issue as { params?: { code?: FieldErrorCode; max?: number } }).params;
    problems.push({ line, column, code: params?.code ?? "required", max: params?.max });
  }
  return problems;
}

// SOChI's columns, each at most once, inn and name among them, in any order.
const isSociHeader = (header: string[]) =>
  header.every((h) => (sociImportColumns as readonly string[]).includes(h)) &&
  requiredColumns.every((c) => header.includes(c)) &&
  new Set(header).size === header.length;

// In steps (lib/next-turn.ts): a list of the largest size read at once held the event loop, and
// with it MegaPay's pays, for half a second. checkSociImport at once (the command line).
function* sociImportSteps(bytes: Uint8Array): Generator<void, SociImportCheck, void> {
  if (bytes.byteLength > sociImportLimits.bytes)
    return { ok: false, problems: [{ line: 1, code: "tooLarge", max: sociImportLimits.bytes }] };
  const table = yield* readCsvTableSteps(yield* decodeCsvTextSteps(bytes), {
    headerOk: isSociHeader,
    maxRecords: sociImportLimits.rows,
  });
  if (!table.ok) return { ok: false, problems: [{ line: table.line, code: table.problem }] };

  const { header, records } = table;
  if (records.length === 0) return { ok: false, problems: [{ line: 2, code: "noRows" }] };
  if (records.length > sociImportLimits.rows)
    return {
      ok: false,
      problems: [
        { line: records[sociImportLimits.rows]!.line, code: "tooManyRows", max: sociImportLimits.rows },
      ],
    };

  const rows: SociClientRow[] = [];
  const problems: SociImportProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const [i, { line, cells }] of records.entries()) {
    if (i % 1000 === 999) yield;
    const cell = (column: SociImportColumn) => {
      const i = header.indexOf(column);
      return i < 0 ? "" : (cells[i] ?? "");
    };
    const parsed = rowSchema.safeParse({
      inn: cell("inn"),
      name: cell("name"),
      phone: cell("phone"),
      email: cell("email"),
    });
    if (!parsed.success) {
      problems.push(...rowProblems(line, parsed.error));
      continue;
    }
    const { inn, ...rest } = parsed.data;
    const firstLine = firstLineOf.get(inn.inn);
    if (firstLine !== undefined) {
      problems.push({ line, column: "inn", code: "duplicateInn", firstLine });
      continue;
    }
    firstLineOf.set(inn.inn, line);
    rows.push({ line, inn: inn.inn, kind: inn.kind === "organization" ? "legal" : "entrepreneur", ...rest });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

export const checkSociImport = (bytes: Uint8Array): SociImportCheck => runSteps(sociImportSteps(bytes));

export const checkSociImportInTurns = (bytes: Uint8Array) => runStepsInTurns(sociImportSteps(bytes));
