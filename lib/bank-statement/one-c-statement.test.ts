import { describe, expect, it } from "vitest";
import { adversarialUploads } from "@/scripts/test/adversarial-uploads";
import { oneCText, type OneCDocument } from "@/scripts/test/one-c-file";
import { windows1251 } from "@/scripts/test/windows-1251";
import { runSteps } from "../next-turn";
import { oneCStatementSteps, readOneCStatement } from "./one-c-statement";
import { decodeStatementText, statementLimits } from "./statement-file";

const ours = "1240020000004567";
const second = "1240020000009999";
const accounts = new Set([ours, second]);
const read = (text: string) => readOneCStatement(text, accounts);

const incoming = (over: Partial<OneCDocument> = {}): OneCDocument => ({
  number: "15",
  date: "03.12.2026",
  sum: "1510.00",
  payerInn: "01234567890123",
  payerName: "ОсОО «Ромашка»",
  recipientAccount: ours,
  receivedOn: "03.12.2026",
  purpose: "Оплата по счёту № 1234 5678 9012 3452 за ЭЦП",
  ...over,
});

describe("a 1C statement", () => {
  it("reads a Windows-1251 file with CRLF lines: incoming transfers to our accounts, the rest counted", () => {
    const text = oneCText({
      accounts: [
        { account: ours, opening: "1000.00", totalIn: "3020,50", totalOut: "500.00", closing: "3520.50" },
      ],
      documents: [
        incoming(),
        incoming({
          number: "7",
          sum: "1510,50",
          payer: "ИНН 02345678901234 ИП Асанов",
          payerName: undefined,
          payerInn: "02345678901234",
        }),
        // Paid out by the company: ignored.
        incoming({
          number: "90",
          sum: "500.00",
          recipientAccount: "1030120000000001",
          receivedOn: "",
          writtenOffOn: "04.12.2026",
        }),
      ],
    });
    const decoded = decodeStatementText(windows1251(text));
    expect(decoded).toBe(text);
    const result = read(decoded);
    expect(result).toEqual({
      ok: true,
      statement: {
        format: "oneC",
        periodStart: "2026-12-01",
        periodEnd: "2026-12-05",
        accounts: [
          {
            account: ours,
            openingTyiyn: 100_000,
            totalInTyiyn: 302_050,
            totalOutTyiyn: 50_000,
            closingTyiyn: 352_050,
          },
        ],
        incoming: [
          expect.objectContaining({
            number: "15",
            date: "2026-12-03",
            receivedOn: "2026-12-03",
            amountTyiyn: 151_000,
            payerName: "ОсОО «Ромашка»",
            payerInn: "01234567890123",
            payerAccount: "1280010000012345",
            purpose: "Оплата по счёту № 1234 5678 9012 3452 за ЭЦП",
          }),
          expect.objectContaining({
            number: "7",
            amountTyiyn: 151_050,
            payerName: "ИП Асанов",
            payerInn: "02345678901234",
          }),
        ],
        ignoredCount: 1,
      },
    });
    // Each transfer starts on its СекцияДокумент line.
    const lines = text.split("\r\n");
    if (result.ok)
      for (const transfer of result.statement.incoming)
        expect(lines[transfer.line - 1]).toBe("СекцияДокумент=Платежное поручение");
  });

  it("reads version 1.02 and refuses another version", () => {
    const file = { accounts: [{ account: ours, totalIn: "1510.00" }], documents: [incoming()] };
    expect(read(oneCText({ ...file, version: "1.02" })).ok).toBe(true);
    expect(read(oneCText({ ...file, version: "2.00" }))).toEqual({
      ok: false,
      problems: [{ line: 2, code: "version", field: "ВерсияФормата" }],
    });
  });

  it("reads several accounts, each with its own total, and documents without ДатаПоступило as not received", () => {
    const result = read(
      oneCText({
        accounts: [
          { account: ours, totalIn: "1510.00" },
          { account: second, totalIn: "200.00" },
        ],
        documents: [
          incoming(),
          incoming({ number: "16", sum: "200", recipientAccount: second }),
          incoming({ number: "17", sum: "300", receivedOn: "" }),
        ],
      }),
    );
    expect(result.ok && result.statement.incoming.map((t) => [t.number, t.amountTyiyn])).toEqual([
      ["15", 151_000],
      ["16", 20_000],
    ]);
    expect(result.ok && result.statement.ignoredCount).toBe(1);
    expect(result.ok && result.statement.accounts.map((a) => a.account)).toEqual([ours, second]);
  });

  it("refuses totals that do not add up, naming the total's line", () => {
    const text = oneCText({ accounts: [{ account: ours, totalIn: "1510.01" }], documents: [incoming()] });
    const line = text.split("\r\n").indexOf("ВсегоПоступило=1510.01") + 1;
    expect(read(text)).toEqual({ ok: false, problems: [{ line, code: "totalIn", field: "ВсегоПоступило" }] });
  });

  it("refuses a file cut off before КонецФайла, and one that is not 1C at all", () => {
    const cut = oneCText({
      accounts: [{ account: ours, totalIn: "1510.00" }],
      documents: [incoming()],
      cutOff: true,
    });
    expect(read(cut)).toEqual({ ok: false, problems: [{ line: cut.split("\n").length, code: "cutOff" }] });
    const halfDocument = cut.split("\r\n").slice(0, -8).join("\r\n");
    expect(read(halfDocument).ok).toBe(false);
    expect(read("date;number;amount\n03.12.2026;15;1510")).toEqual({
      ok: false,
      problems: [{ line: 1, code: "notOneC" }],
    });
    expect(read("")).toEqual({ ok: false, problems: [{ line: 1, code: "notOneC" }] });
  });

  it("lists every problem with its line, and keeps nothing of the file", () => {
    const text = oneCText({
      accounts: [{ account: ours }],
      documents: [
        incoming({ date: "31.11.2026" }),
        incoming({ number: "", sum: "много" }),
        incoming({ receivedOn: "вчера" }),
      ],
    });
    const lines = text.split("\r\n");
    const at = (line: string, from = 0) => lines.indexOf(line, from) + 1;
    const docs = lines.flatMap((line, i) => (line.startsWith("СекцияДокумент") ? [i + 1] : []));
    expect(read(text)).toEqual({
      ok: false,
      problems: [
        { line: at("Дата=31.11.2026"), code: "date", field: "Дата" },
        { line: docs[1], code: "missing", field: "Номер" },
        { line: at("Сумма=много"), code: "sum", field: "Сумма" },
        { line: at("ДатаПоступило=вчера"), code: "date", field: "ДатаПоступило" },
      ],
    });
  });

  it("refuses a line that is not Key=Value and a section that is never closed", () => {
    const text = oneCText({ accounts: [{ account: ours, totalIn: "1510.00" }], documents: [incoming()] });
    const broken = text.replace("Очередность=5", "просто текст").replace("КонецДокумента", "");
    const lines = broken.split("\r\n");
    expect(read(broken)).toEqual({
      ok: false,
      problems: [
        { line: lines.indexOf("просто текст") + 1, code: "notKeyValue" },
        { line: lines.indexOf("СекцияДокумент=Платежное поручение") + 1, code: "unclosedSection" },
      ],
    });
  });

  it("refuses anything after КонецФайла (two statements pasted together)", () => {
    const one = oneCText({ accounts: [{ account: ours, totalIn: "1510.00" }], documents: [incoming()] });
    const lines = one.split("\r\n").length;
    expect(read(`${one}${one}`)).toEqual({ ok: false, problems: [{ line: lines, code: "afterEnd" }] });
    expect(read(`${one}\r\n\r\n`).ok).toBe(true);
  });

  it("reads a file in the DOS code page when it says so", () => {
    const text = oneCText({
      encoding: "DOS",
      accounts: [{ account: ours, totalIn: "1510.00" }],
      documents: [incoming({ purpose: "Оплата за ЭЦП" })],
    });
    // CP866: А-П at 0x80, Р-Я at 0x90, а-п at 0xA0, р-я at 0xE0.
    const dos = Uint8Array.from(
      [...text].map((ch) => {
        const c = ch.charCodeAt(0);
        if (c < 0x80) return c;
        if (c >= 0x410 && c <= 0x42f) return c - 0x410 + 0x80;
        if (c >= 0x430 && c <= 0x43f) return c - 0x430 + 0xa0;
        if (c >= 0x440 && c <= 0x44f) return c - 0x440 + 0xe0;
        return 0x3f;
      }),
    );
    const result = read(decodeStatementText(dos));
    expect(result.ok && result.statement.incoming[0]?.purpose).toBe("Оплата за ЭЦП");
  });

  const header = "1CClientBankExchange\r\nВерсияФормата=1.03";
  const row = "СекцияДокумент=Платежное поручение";
  for (const file of adversarialUploads(header, row, 5 * 1024 * 1024)) {
    it(`refuses within 2 seconds ${file.name} (5 MB)`, () => {
      const bytes = new TextEncoder().encode(file.text);
      const started = performance.now();
      expect(read(decodeStatementText(bytes)).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }

  it("reads a text decoded in parts as the whole, wherever the parts are cut", () => {
    const text = oneCText({
      accounts: [{ account: ours, totalIn: "3020.00" }],
      documents: [incoming(), incoming({ number: "16", purpose: "За ЭЦП" })],
    });
    const whole = read(text);
    expect(whole.ok).toBe(true);
    const inParts = (parts: string[]) => runSteps(oneCStatementSteps(parts, accounts));
    for (let cut = 0; cut <= text.length; cut++) {
      expect(inParts([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
      // A line spanning three parts, and an empty part between.
      const third = Math.min(cut + 7, text.length);
      expect(inParts([text.slice(0, cut), "", text.slice(cut, third), text.slice(third)])).toEqual(whole);
    }
  });

  it("stops at a line longer than any bank writes", () => {
    const text = `1CClientBankExchange\r\nНазначениеПлатежа=${"я".repeat(statementLimits.lineLength)}\r\n`;
    expect(read(text)).toEqual({ ok: false, problems: [{ line: 2, code: "lineTooLong" }] });
  });
});

describe("a statement's dates", () => {
  it("refuses a transfer received later than the last allowed day, and years outside this century", async () => {
    const { readBankStatement } = await import("./read-bank-statement");
    const { defaultStatementColumns } = await import("./statement-table");
    const text = oneCText({
      accounts: [{ account: ours, totalIn: "1510.00" }],
      documents: [incoming({ receivedOn: "07.12.2026" })],
    });
    const settings = { companyAccounts: accounts, columns: defaultStatementColumns };
    const bytes = new TextEncoder().encode(text);
    expect(readBankStatement(bytes, { ...settings, latestDay: "2026-12-07" }).ok).toBe(true);
    const late = readBankStatement(bytes, { ...settings, latestDay: "2026-12-06" });
    expect(late.ok === false && late.problems.map((p) => p.code)).toEqual(["dateInFuture"]);
    const ancient = oneCText({
      accounts: [{ account: ours }],
      documents: [incoming({ date: "03.12.1990" })],
    });
    expect(read(ancient).ok).toBe(false);
  });
});
