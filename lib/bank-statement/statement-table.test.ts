import { describe, expect, it } from "vitest";
import { windows1251 } from "@/scripts/test/windows-1251";
import { decodeStatementText } from "./statement-file";
import { defaultStatementColumns, readStatementTable } from "./statement-table";

const header = "Дата;Номер;Сумма;Плательщик;ИНН плательщика;Счет плательщика;Назначение платежа";
const read = (text: string, columns = defaultStatementColumns) => readStatementTable(text, columns);

describe("a bank statement saved as a table", () => {
  it("reads a Windows-1251 file with semicolons: positive amounts in, negative ones counted", () => {
    const text = [
      header,
      '03.12.2026;15;"1 510,00";ОсОО «Ромашка»;01234567890123;1280010000012345;Оплата по счёту № 1234567890123452',
      "04.12.2026;88;-500,00;ОсОО «ДОС ТЕК ГРУПП»;;;Аренда",
      "04.12.2026;7;200;ИП Асанов;;;СОчИ",
    ].join("\r\n");
    const result = read(decodeStatementText(windows1251(text)));
    expect(result).toEqual({
      ok: true,
      statement: {
        format: "table",
        periodStart: "2026-12-03",
        periodEnd: "2026-12-04",
        accounts: [],
        incoming: [
          {
            line: 2,
            number: "15",
            date: "2026-12-03",
            receivedOn: "2026-12-03",
            amountTyiyn: 151_000,
            payerName: "ОсОО «Ромашка»",
            payerInn: "01234567890123",
            payerAccount: "1280010000012345",
            purpose: "Оплата по счёту № 1234567890123452",
          },
          expect.objectContaining({
            line: 4,
            number: "7",
            amountTyiyn: 20_000,
            payerInn: null,
            payerAccount: null,
          }),
        ],
        ignoredCount: 1,
      },
    });
  });

  it("finds the columns by the names in the settings, in any order, without the payer's account", () => {
    const columns = { ...defaultStatementColumns, amount: "Приход", date: "Дата документа" };
    const text =
      "Приход,Назначение платежа,Номер,Дата документа,Плательщик,ИНН плательщика\n10.50,ЭЦП,1,01.12.2026,Айгүл,12345678901234";
    const result = read(text, columns);
    expect(result.ok && result.statement.incoming[0]).toMatchObject({
      amountTyiyn: 1050,
      date: "2026-12-01",
      payerAccount: null,
    });
  });

  it("names every column the header lacks", () => {
    expect(read("Дата;Сумма;Плательщик\n01.12.2026;1;А")).toEqual({
      ok: false,
      problems: [
        { line: 1, code: "header", field: "Номер" },
        { line: 1, code: "header", field: "ИНН плательщика" },
        { line: 1, code: "header", field: "Назначение платежа" },
      ],
    });
  });

  it("lists every bad row with its line and column", () => {
    const text = [header, "32.12.2026;1;10;А;;;x", "01.12.2026;;abc;Б;;;y"].join("\n");
    expect(read(text)).toEqual({
      ok: false,
      problems: [
        { line: 2, code: "date", field: "Дата" },
        { line: 3, code: "missing", field: "Номер" },
        { line: 3, code: "sum", field: "Сумма" },
      ],
    });
  });

  it("checks a total line against the incoming rows", () => {
    const rows = [header, "01.12.2026;1;10,50;А;;;x", "01.12.2026;2;-3;Б;;;y", "02.12.2026;3;5;В;;;z"];
    expect(read([...rows, "Итого: 2 15,50"].join("\n")).ok).toBe(true);
    expect(read([...rows, "Итого: 2 15,00"].join("\n"))).toEqual({
      ok: false,
      problems: [{ line: 5, code: "totalSum" }],
    });
    expect(read([...rows, "Итого: 3 15,50"].join("\n"))).toEqual({
      ok: false,
      problems: [{ line: 5, code: "totalCount" }],
    });
  });

  it("refuses an empty table and one without incoming transfers", () => {
    expect(read("")).toEqual({ ok: false, problems: [{ line: 1, code: "empty" }] });
    expect(read(`${header}\n01.12.2026;1;-10;А;;;x`)).toEqual({
      ok: false,
      problems: [{ line: 2, code: "noTransfers" }],
    });
  });
});
