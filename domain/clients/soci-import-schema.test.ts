import { describe, expect, it } from "vitest";
import { adversarialUploads } from "@/scripts/test/adversarial-uploads";
import { checkSociImport, sociImportLimits } from "./soci-import-schema";

const file = (text: string) => new TextEncoder().encode(text);

describe("checking SOChI's client list", () => {
  it("reads rows with optional phone and email, normalised as on the registration form", () => {
    const check = checkSociImport(
      file(
        "inn,name,phone,email\n01111111111119, ОсОО  Агым ,0555 123 456,\n21503198500099,Асанов Асан,,a@b.kg\n",
      ),
    );
    expect(check).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          inn: "01111111111119",
          kind: "legal",
          name: "ОсОО Агым",
          phone: "+996555123456",
          email: null,
        },
        {
          line: 3,
          inn: "21503198500099",
          kind: "entrepreneur",
          name: "Асанов Асан",
          phone: null,
          email: "a@b.kg",
        },
      ],
    });
  });

  it("takes the columns in any order, without the optional ones, separated by semicolons", () => {
    const check = checkSociImport(file("NAME;INN\nОсОО Агым;01111111111119\n"));
    expect(check).toMatchObject({ ok: true, rows: [{ inn: "01111111111119", phone: null, email: null }] });
  });

  it("lists every bad row with its line and column, and nothing else passes", () => {
    const check = checkSociImport(
      file(
        [
          "inn,name,phone,email",
          "01111111111119,ОсОО Агым,,",
          "123,,555,not-an-email",
          "31111111111111,Ок,,",
          "01111111111119,Дубль,,",
          "02222222222228,ОсОО Жаңы,,",
        ].join("\n"),
      ),
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        { line: 3, column: "inn", code: "innFormat" },
        { line: 3, column: "name", code: "required" },
        { line: 3, column: "phone", code: "phone" },
        { line: 3, column: "email", code: "email" },
        { line: 4, column: "inn", code: "innFirstDigit" },
        { line: 5, column: "inn", code: "duplicateInn", firstLine: 2 },
      ],
    });
  });

  it("refuses a file whose header is not SOChI's", () => {
    for (const header of ["inn,phone", "inn,name,city", "inn,name,name", "ИНН,Наименование"]) {
      expect(checkSociImport(file(`${header}\n01111111111119,x,y\n`))).toEqual({
        ok: false,
        problems: [{ line: 1, code: "header" }],
      });
    }
  });

  it("refuses an empty list, a malformed line and a file that is too large", () => {
    expect(checkSociImport(file("inn,name\n"))).toEqual({
      ok: false,
      problems: [{ line: 2, code: "noRows" }],
    });
    expect(checkSociImport(file("inn,name\n01111111111119,a,b\n"))).toEqual({
      ok: false,
      problems: [{ line: 2, code: "columnCount" }],
    });
    const rows = Array.from({ length: sociImportLimits.rows + 1 }, () => "01111111111119,x").join("\n");
    expect(checkSociImport(file(`inn,name\n${rows}`))).toEqual({
      ok: false,
      problems: [{ line: sociImportLimits.rows + 2, code: "tooManyRows", max: sociImportLimits.rows }],
    });
    expect(checkSociImport(new Uint8Array(sociImportLimits.bytes + 1))).toMatchObject({
      ok: false,
      problems: [{ code: "tooLarge" }],
    });
  });
});

describe("checking SOChI's client list takes time linear in its size", () => {
  // The bound is generous; a parser that is not linear takes tens of seconds on these files.
  for (const file of adversarialUploads(
    "inn,name,phone,email",
    "01234567890123,ОсОО Ай,+996 777 000 111,ai@example.kg",
    sociImportLimits.bytes,
  )) {
    it(`answers within 2 seconds for ${file.name} (${sociImportLimits.bytes} bytes)`, () => {
      const bytes = new TextEncoder().encode(file.text);
      expect(bytes.byteLength).toBeLessThanOrEqual(sociImportLimits.bytes);
      const started = performance.now();
      checkSociImport(bytes);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }
});
