// Files built to make a parser work hard: each is as large as the upload allows and made of one
// pattern that backtracking regular expressions and naive splitting handle badly (long runs of
// spaces, digits, separators, quotes; one endless line; many short lines). Used by the parsers'
// tests (lib/megapay-registry.test.ts, domain/clients/soci-import-schema.test.ts) and the
// browser test that uploads one while MegaPay's `check` is answered.
export interface AdversarialFile {
  name: string;
  text: string;
}

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// `header` is a valid header line of the file's kind; `row` a valid record for it.
export function adversarialUploads(header: string, row: string, maxBytes: number): AdversarialFile[] {
  // Room for the header, the row and a few words around the run (all ASCII: one byte a character).
  const run = maxBytes - header.length - row.length - 64;
  const lines = (line: string) => {
    const count = Math.floor(run / (line.length + 1));
    return Array.from({ length: count }, () => line).join("\n");
  };
  const files: AdversarialFile[] = [
    { name: "a total line, spaces, then a letter", text: `${header}\n${row}\nTotal 1${fill(" ", run)}x` },
    { name: "a total line of spaces and commas", text: `${header}\n${row}\nTotal 1 ${fill(" ,", run)}x` },
    { name: "a total line of digits", text: `${header}\n${row}\nTotal ${fill("1", run)} x` },
    { name: "a total line of digits and spaces", text: `${header}\n${row}\nИтого: 1 ${fill("1 ", run)};x` },
    { name: "a total line of quotes", text: `${header}\n${row}\nTotal: 1 ${fill('"', run)}` },
    { name: "one line of spaces", text: `${header}\n${fill(" ", run)}x` },
    { name: "one line of digits", text: `${header}\n${fill("9", run)}` },
    { name: "one line of commas", text: `${header}\n${fill(",", run)}` },
    { name: "one line of semicolons", text: `${header}\n${fill(";", run)}` },
    { name: "one line of tabs", text: `${header}\n${fill("\t", run)}x` },
    { name: "one line of quotes", text: `${header}\n${fill('"', run)}` },
    { name: "an open quote, then everything", text: `${header}\n"${fill("a,", run)}` },
    { name: "many lines of spaces", text: `${header}\n${lines(fill(" ", 200) + "x")}` },
    { name: "many lines of separators", text: `${header}\n${lines(",;\t,;\t,;\t")}` },
    { name: "many quoted empty cells", text: `${header}\n${lines('"",'.repeat(40))}` },
    { name: "many copies of a valid row", text: `${header}\n${lines(row)}` },
    { name: "the header's delimiter run", text: `${header}${fill(",", run)}\n${row}` },
  ];
  // Cut to the byte limit (a character of Cyrillic is two bytes in UTF-8).
  const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
  return files.map((f) => {
    let text = f.text;
    while (bytes(text) > maxBytes) text = text.slice(0, text.length - (bytes(text) - maxBytes));
    return { ...f, text };
  });
}
