import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { companyName } from "@/config/company";
import { walletLabels } from "@/config/megapay-wallet";
import { fillConfigReferences } from "./config-references";

const messages = (locale: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../messages/${locale}.json`), "utf8"),
  ) as unknown;

describe("values from config/ named in the messages", () => {
  it("are filled in at any depth, the legal form in the message's language", () => {
    const message = {
      a: { b: "«{wallet.pay}» → «{wallet.eds}»" },
      c: "{company.legalForm} «{company.name}»",
      n: 1,
    };
    expect(fillConfigReferences(message, "ky")).toEqual({
      a: { b: "«Оплатить» → «Оплата ЭЦП»" },
      c: "ЖЧК «DOS TEK GROUP»",
      n: 1,
    });
    expect(fillConfigReferences(message, "ru").c).toBe("ОсОО «DOS TEK GROUP»");
  });

  it("stop the load when a message names a value that does not exist", () => {
    expect(() => fillConfigReferences({ a: "«{wallet.payNow}»" }, "ru")).toThrow(/wallet\.payNow/);
    expect(() => fillConfigReferences({ a: "{company.inn}" }, "ky")).toThrow(/company\.inn/);
  });

  // One place: a label or the name written out in a message would drift from the config.
  it.each(["ky", "ru"] as const)("are named, never written out, in messages/%s.json", (locale) => {
    const raw = JSON.stringify(messages(locale));
    for (const label of Object.values(walletLabels)) {
      expect(raw, label).not.toContain(`«${label}»`);
      expect(raw, label).not.toContain(`<w>${label}</w>`);
    }
    expect(raw).not.toContain(companyName);
    const filled = JSON.stringify(fillConfigReferences(messages(locale), locale));
    expect(filled).not.toMatch(/\{(wallet|company)\./);
    expect(filled).toContain(companyName);
  });
});
