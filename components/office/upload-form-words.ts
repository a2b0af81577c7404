import type { UploadFormWords } from "./upload-form";

// What an upload page's namespace says for every upload form (file, fileHint, submit, refused,
// more, columns.line/column/problem); `refused` and `more` keep their {count} for the form to fill.
type NamespaceTranslator = ((key: never) => string) & { raw: (key: never) => unknown };

export function uploadFormWords(
  t: NamespaceTranslator,
  own: Pick<UploadFormWords, "columnNames" | "problems">,
): UploadFormWords {
  const say = t as unknown as (key: string) => string;
  const raw = (key: string) => (t.raw as unknown as (key: string) => string)(key);
  return {
    file: say("file"),
    fileHint: say("fileHint"),
    submit: say("submit"),
    refused: raw("refused"),
    more: raw("more"),
    columns: { line: say("columns.line"), column: say("columns.column"), problem: say("columns.problem") },
    ...own,
  };
}
