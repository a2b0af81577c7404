"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  maxBankUploadFiles as maxFiles,
  type BankUploadAnswer,
  type BankUploadResult,
} from "./bank-upload-result";
import { FileField, fill, UploadProblemTable, type UploadFormWords } from "./upload-form";

export interface BankUploadWords extends Omit<UploadFormWords, "fileHint"> {
  fileHint: string;
  uploading: string;
  kept: string;
  again: string;
  open: string;
  failed: string;
  // By the route's error codes (noFile, tooLarge, notAllowed, …).
  errors: Record<string, string>;
}

// One or several statements posted to the upload route: each file's outcome is listed (a link to
// its report, or its problems by line), and the page's lists are refreshed. Without JavaScript
// the form posts as it is and the route sends the browser back to the page.
export function BankUploadForm({
  action,
  reportBase,
  words,
}: {
  action: string;
  // A statement's report is reportBase + its id.
  reportBase: string;
  words: BankUploadWords;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<BankUploadAnswer | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // One request per file, the file itself as the body: the route reads it as it arrives instead
  // of parsing a form of up to 12 × 32 MB at once (which holds up MegaPay's pays meanwhile).
  async function send(file: File): Promise<BankUploadAnswer> {
    const response = await fetch(action, {
      method: "POST",
      body: file,
      headers: {
        Accept: "application/json",
        "Content-Type": "application/octet-stream",
        "X-File-Name": encodeURIComponent(file.name),
      },
    });
    return response.headers.get("content-type")?.includes("application/json")
      ? ((await response.json()) as BankUploadAnswer)
      : { error: response.status === 401 || response.status === 403 ? "notAllowed" : "failed" };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const files = new FormData(event.currentTarget)
      .getAll("files")
      .filter((f): f is File => f instanceof File && f.size > 0);
    setPending(true);
    let next: BankUploadAnswer;
    const kept: BankUploadResult[] = [];
    if (files.length === 0) next = { error: "noFile" };
    else if (files.length > maxFiles) next = { error: "tooManyFiles" };
    else {
      next = { results: kept };
      try {
        for (const file of files) {
          const answer = await send(file);
          if ("error" in answer) {
            next = answer;
            break;
          }
          kept.push(...answer.results);
        }
      } catch {
        next = { error: "failed" };
      }
    }
    setAnswer(next);
    setPending(false);
    // Files kept before a later one failed are on the page's lists too.
    if (kept.some((r) => r.ok)) router.refresh();
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  // Keyed by place: two files may have the same name.
  const result = (r: BankUploadResult, i: number) =>
    r.ok ? (
      <li key={i} data-testid="bank-upload-kept">
        {fill(r.again ? words.again : words.kept, { file: r.fileName })}{" "}
        <a href={`${reportBase}${r.statementId}`} className="font-semibold text-brand-700 underline">
          {words.open}
        </a>
      </li>
    ) : (
      <li key={i} data-testid="upload-problems" className="space-y-2 text-red-900">
        <p className="font-medium">
          {r.fileName}: {fill(words.refused, { count: r.problemCount })}
        </p>
        <UploadProblemTable problems={r.problems} problemCount={r.problemCount} words={words} />
      </li>
    );

  return (
    <form action={action} method="post" encType="multipart/form-data" onSubmit={submit} className="space-y-5">
      {answer && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="status"
          className="space-y-3 rounded-lg border border-slate-300 p-3"
        >
          {"error" in answer ? (
            <p role="alert" className="font-medium text-red-900">
              {words.errors[answer.error] ?? words.failed}
            </p>
          ) : (
            <ul className="space-y-3">{answer.results.map(result)}</ul>
          )}
        </div>
      )}
      <FileField
        id="bank-files"
        name="files"
        multiple
        accept=".txt,.csv,.tsv,text/plain,text/csv"
        label={words.file}
        hint={words.fileHint}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? words.uploading : words.submit}
      </button>
    </form>
  );
}
