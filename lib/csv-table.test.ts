import { describe, expect, it } from "vitest";
import { decodeCsvText, detectDelimiter, readCsvTable } from "./csv-table";

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
