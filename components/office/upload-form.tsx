"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { cell, OfficeTable, rowClass } from "./office-table";
import { emptyUploadFormState, type UploadFormAction, type UploadProblem } from "./upload-form-state";

export interface UploadFormWords {
  file: string;
  fileHint: string;
  submit: string;
  refused: string;
  more: string;
  columns: { line: string; column: string; problem: string };
  columnNames: Record<string, string>;
  // By problem code; {max}, {line} and the like are filled from the problem's values.
  problems: Record<string, string>;
}

export const fill = (template: string, values: Record<string, number | string> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

// A file posted to a server action that takes it whole or not at all: when it is refused, the
// problems are listed by line and column, and focus moves to the summary. Works without
// JavaScript too (the action then answers with the page).
export function UploadForm({
  action,
  accept,
  words,
  hidden = {},
  children,
}: {
  action: UploadFormAction;
  accept: string;
  words: UploadFormWords;
  hidden?: Record<string, string>;
  // Fields that go with the file (the reconciliation's period).
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, emptyUploadFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const refused = state.formError !== undefined || state.problemCount > 0;

  useEffect(() => {
    if (refused) summaryRef.current?.focus();
  }, [state, refused]);

  return (
    <form action={formAction} className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {refused && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          data-testid="upload-problems"
          className="space-y-3 rounded-lg border border-red-700 bg-red-50 p-3 text-red-900"
        >
          <p className="font-medium">
            {state.formError
              ? (words.problems[state.formError] ?? state.formError)
              : fill(words.refused, { count: state.problemCount })}
          </p>
          <UploadProblemTable problems={state.problems} problemCount={state.problemCount} words={words} />
        </div>
      )}
      {children}
      <FileField id="upload-file" name="file" accept={accept} label={words.file} hint={words.fileHint} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {words.submit}
      </button>
    </form>
  );
}

// A refused file's problems by line and column, and how many more there were.
export function UploadProblemTable({
  problems,
  problemCount,
  words,
}: {
  problems: UploadProblem[];
  problemCount: number;
  words: Pick<UploadFormWords, "columns" | "columnNames" | "problems" | "more">;
}) {
  return (
    <>
      {problems.length > 0 && (
        <OfficeTable
          label={words.columns.problem}
          minWidth="32rem"
          columns={[
            { label: words.columns.line, numeric: true },
            { label: words.columns.column },
            { label: words.columns.problem },
          ]}
        >
          {problems.map((p, i) => (
            <tr key={i} className={rowClass}>
              <td className={`${cell} text-right tabular-nums`}>{p.line}</td>
              <td className={cell}>{p.column ? (words.columnNames[p.column] ?? p.column) : ""}</td>
              <td className={cell}>{fill(words.problems[p.code] ?? p.code, p.values)}</td>
            </tr>
          ))}
        </OfficeTable>
      )}
      {problemCount > problems.length && <p>{fill(words.more, { count: problemCount - problems.length })}</p>}
    </>
  );
}

// A labelled file input with its hint (one file, or several with `multiple`).
export function FileField({
  id,
  name,
  accept,
  label,
  hint,
  multiple = false,
}: {
  id: string;
  name: string;
  accept: string;
  label: string;
  hint: string;
  multiple?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        multiple={multiple}
        required
        accept={accept}
        aria-describedby={`${id}-hint`}
        className="mt-2 block w-full rounded-lg border border-slate-400 p-2"
      />
    </div>
  );
}
