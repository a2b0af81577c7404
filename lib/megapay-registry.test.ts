import { describe, expect, it } from "vitest";
import { windows1251 } from "@/scripts/test/windows-1251";
import { adversarialUploads } from "@/scripts/test/adversarial-uploads";
import { maxLineLength } from "./csv-table";
import {
  defaultRegistryColumns,
  readMegapayRegistry,
  registryLimits,
  registryService,
} from "./megapay-registry";
import { parseTotalLine, positiveSom as registrySum } from "./table-total";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string, columns = defaultRegistryColumns) => readMegapayRegistry(encode(text), columns);

describe("readMegapayRegistry", () => {
  it("reads comma-separated rows with a checked total line", () => {
    const file = read(
      [
        "txn_id,date,account,sum,service",
        "1001,2026-11-25 10:00:00,01234567890123,150.50,СОчИ",
        '1002,25.11.2026 11:30,4000000000000002,"1 510,00",Оплата ЭЦП',
        "Total: 2 1660.50",
      ].join("\r\n"),
    );
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.rows).toEqual([
      {
        line: 2,
        service: "soci",
        txnId: "1001",
        account: "01234567890123",
        sumTyiyn: 15_050,
        txnAt: new Date("2026-11-25T04:00:00Z"),
      },
      {
        line: 3,
        service: "eds",
        txnId: "1002",
        account: "4000000000000002",
        sumTyiyn: 151_000,
        txnAt: new Date("2026-11-25T05:30:00Z"),
      },
    ]);
    expect(file.total).toEqual({ line: 4, count: 2, sumTyiyn: 166_050 });
  });

  it("reads tab-separated Windows-1251 with a mapping of its own and a decimal comma", () => {
    const text =
      "Номер\tДата\tЛицевой счет\tСумма\tУслуга\n77\t20261125120000\t01234567890123\t10,5\tсочи\nИтого:\t1\t10,50\n";
    const file = readMegapayRegistry(windows1251(text), {
      txnId: "Номер",
      date: "Дата",
      account: "Лицевой счет",
      sum: "Сумма",
      service: "Услуга",
    });
    expect(file).toMatchObject({ ok: true, rows: [{ txnId: "77", sumTyiyn: 1_050, service: "soci" }] });
  });

  it("names every missing column of the header", () => {
    expect(read("txn_id;when;account;amount;service\n1;2026-11-25 10:00;1;1;soci")).toEqual({
      ok: false,
      problems: [
        { line: 1, column: "date", code: "header" },
        { line: 1, column: "sum", code: "header" },
      ],
    });
  });

  it("lists every bad cell with its line and gives no rows", () => {
    const file = read(
      [
        "txn_id,date,account,sum,service",
        "1001,2026-11-25 10:00,01234567890123,150,soci",
        "abc,2026-13-01 10:00,0123,-5,mobile",
        "1003,2026-11-25 10:00,,0,eds",
      ].join("\n"),
    );
    expect(file).toEqual({
      ok: false,
      problems: [
        { line: 3, column: "txnId", code: "txnId" },
        { line: 3, column: "date", code: "date" },
        { line: 3, column: "sum", code: "sum" },
        { line: 3, column: "service", code: "service" },
        { line: 4, column: "account", code: "account" },
        { line: 4, column: "sum", code: "sum" },
      ],
    });
  });

  it("checks the total line's count and sum", () => {
    const rows =
      "txn_id,date,account,sum,service\n1,2026-11-25 10:00,1,10,soci\n2,2026-11-25 10:00,1,20,soci\n";
    expect(read(rows + "Total: 3 30")).toEqual({ ok: false, problems: [{ line: 4, code: "totalCount" }] });
    expect(read(rows + "Total: 2 30.01")).toEqual({ ok: false, problems: [{ line: 4, code: "totalSum" }] });
    expect(read(rows + "Total: 2 30,00\n\n")).toMatchObject({
      ok: true,
      total: { count: 2, sumTyiyn: 3_000 },
    });
  });

  it("refuses empty files, headers without rows and broken quoting", () => {
    expect(read("")).toEqual({ ok: false, problems: [{ line: 1, code: "empty" }] });
    expect(read("txn_id,date,account,sum,service\n")).toEqual({
      ok: false,
      problems: [{ line: 2, code: "noRows" }],
    });
    expect(read('txn_id,date,account,sum,service\n1,"2026-11-25 10:00,1,1,soci\n')).toMatchObject({
      ok: false,
      problems: [{ code: "quotes" }],
    });
    expect(read("txn_id,date,account,sum,service\n1,2026-11-25 10:00,1\n")).toEqual({
      ok: false,
      problems: [{ line: 2, code: "columnCount" }],
    });
  });
});

describe("registry cells", () => {
  it("knows MegaPay's service names", () => {
    expect(["СОчИ", "«СОчИ»", "soci", " сочи "].map(registryService)).toEqual([
      "soci",
      "soci",
      "soci",
      "soci",
    ]);
    expect(["Оплата ЭЦП", "оплата  эцп", "EDS"].map(registryService)).toEqual(["eds", "eds", "eds"]);
    expect(registryService("Megacom")).toBeNull();
  });

  it("reads sums with a point, a comma and grouped thousands", () => {
    expect(["1 234,50", "1234.5", "1\u00a0234", "0,01"].map(registrySum)).toEqual([
      123_450, 123_450, 123_400, 1,
    ]);
    expect(["0", "-5", "1,234.50", "12.345", "abc", ""].map(registrySum)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("reading a registry takes time linear in its size", () => {
  const header = "txn_id,date,account,sum,service";
  const row = "1001,2026-11-25 10:00:00,01234567890123,150.50,СОчИ";

  it("reads a total line by hand, as the regular expression it replaced did", () => {
    expect(parseTotalLine("Total: 2 1660.50")).toEqual({ count: 2, sum: "1660.50" });
    expect(parseTotalLine('  итого;2;"1 510,00";')).toEqual({ count: 2, sum: "1 510,00" });
    expect(parseTotalLine("Жыйынтык:\t1\t10,50\t")).toEqual({ count: 1, sum: "10,50" });
    expect(parseTotalLine("Total 1")).toBeNull();
    expect(parseTotalLine(`Total 1${" ".repeat(3200)}x`)).toBeNull();
    expect(parseTotalLine("Totally 1 2")).toEqual(null);
    expect(parseTotalLine("1001,2026-11-25 10:00:00,01234567890123,150.50,soci")).toBeNull();
  });

  it("refuses a line longer than the limit, naming it", () => {
    expect(read(`${header}\n${row}\n${"1".repeat(maxLineLength + 1)}`)).toEqual({
      ok: false,
      problems: [{ line: 3, code: "lineTooLong" }],
    });
  });

  // The bound is generous (the slowest takes a fraction of it here); what it catches is a
  // parser that is not linear, which takes tens of seconds on these files.
  for (const file of adversarialUploads(header, row, registryLimits.bytes)) {
    it(`answers within 2 seconds for ${file.name} (${registryLimits.bytes} bytes)`, () => {
      const bytes = encode(file.text);
      expect(bytes.byteLength).toBeLessThanOrEqual(registryLimits.bytes);
      const started = performance.now();
      readMegapayRegistry(bytes, defaultRegistryColumns);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }
});
