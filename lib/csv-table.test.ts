import { describe, expect, it } from "vitest";
import { decodeCsvText, detectDelimiter, readCsvTable, readCsvTableSteps } from "./csv-table";

import { windows1251 } from "@/scripts/test/windows-1251";

describe("decoding uploaded tables", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    const bytes = new TextEncoder().encode("inn,name\n1,Асан");
    expect(decodeCsvText(bytes)).toBe("inn,name\n1,Асан");
    expect(decodeCsvText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe("inn,name\n1,Асан");
  });

  it("falls back to Windows-1251 for bytes that are not UTF-8", () => {
    expect(decodeCsvText(windows1251("inn,name\n1,Асан"))).toBe("inn,name\n1,Асан");
  });
});

describe("reading a table", () => {
  it("detects the delimiter from the header", () => {
    expect(detectDelimiter("inn;name;phone\n1,5;x;y")).toBe(";");
    expect(detectDelimiter("inn\tname\n")).toBe("\t");
    expect(detectDelimiter("inn,name\n")).toBe(",");
    expect(detectDelimiter("inn\n")).toBe(",");
  });

  it("gives each record the line it starts on, skipping blank lines", () => {
    const table = readCsvTable('INN; Name \r\n1;"Ак\nСуу"\r\n\r\n2;"ОсОО ""Ай"""\r\n');
    expect(table).toEqual({
      ok: true,
      delimiter: ";",
      header: ["inn", "name"],
      records: [
        { line: 2, cells: ["1", "Ак\nСуу"] },
        { line: 5, cells: ["2", 'ОсОО "Ай"'] },
      ],
    });
  });

  it("reads a long table a piece at a time, a quoted cell and an emoji across the pieces, the lines kept", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i};"Ак\nСуу 🙂 ${"я".repeat(i % 50)}"`);
    const text = `inn;name\r\n${rows.join("\r\n")}\r\n`;
    const steps = readCsvTableSteps(text);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    // More than one piece of 65,536 characters, each followed by a step.
    expect(text.length).toBeGreaterThan(2 * 2 ** 16);
    expect(yielded).toBeGreaterThanOrEqual(Math.ceil(text.length / 2 ** 16));
    const table = step.value;
    expect(table.ok && table.records.length).toBe(5000);
    expect(table.ok && table.records[4999]).toEqual({
      line: 2 + 2 * 4999,
      cells: ["4999", `Ак\nСуу 🙂 ${"я".repeat(4999 % 50)}`],
    });
    expect(table.ok && table.records.every((r, i) => r.cells[1] === `Ак\nСуу 🙂 ${"я".repeat(i % 50)}`)).toBe(
      true,
    );
    // An emoji's two halves exactly where a piece ends.
    const head = 'inn;name\r\n1;"';
    const filler = 2 ** 16 - head.length - 1;
    // In lines of 1,000 (a longer one is refused).
    const cell = `${`${"a".repeat(999)}\n`.repeat(Math.floor(filler / 1000))}${"a".repeat(filler % 1000)}🙂`;
    const split = readCsvTable(`${head}${cell}"\r\n`, {});
    expect(split.ok && split.records[0]?.cells[1]).toBe(cell);
    // An error in a later piece is found, with its line.
    expect(readCsvTable(`${text}1;2;3\r\n`)).toEqual({ ok: false, line: 10002, problem: "columnCount" });
  });

  it("names the line of a malformed record", () => {
    expect(readCsvTable("inn,name\n1,a\n2,b,c\n")).toEqual({ ok: false, line: 3, problem: "columnCount" });
    expect(readCsvTable('inn,name\n1,"a\n')).toMatchObject({ ok: false, problem: "quotes" });
    // A quote inside an unquoted cell is text (ОсОО "Ай" typed without quoting the cell).
    expect(readCsvTable('inn,name\n1,ОсОО "Ай"\n')).toMatchObject({ ok: true });
    expect(readCsvTable('inn,name\n1,a\n2,"b,c\n')).toEqual({ ok: false, line: 3, problem: "quotes" });
  });

  it("refuses a file with no header", () => {
    expect(readCsvTable("")).toEqual({ ok: false, line: 1, problem: "empty" });
    expect(readCsvTable("\n\n")).toEqual({ ok: false, line: 1, problem: "empty" });
  });
});

describe("the header comes first", () => {
  it("names a wrong header before any row's problem", () => {
    const headerOk = (header: string[]) => header.includes("inn");
    expect(readCsvTable("id,x\n1,2,3\n", { headerOk })).toEqual({ ok: false, line: 1, problem: "header" });
    expect(readCsvTable("inn,x\n1,2,3\n", { headerOk })).toEqual({
      ok: false,
      line: 2,
      problem: "columnCount",
    });
  });
});
