import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillConfigReferences } from "@/i18n/config-references";
import { mixedScriptWords } from "./mixed-script";

describe("words mixing Latin and Cyrillic letters", () => {
  it("are found", () => {
    expect(mixedScriptWords("«DOS ТЕК GROUP» and DОS")).toEqual(["DОS"]);
    expect(mixedScriptWords("ОсОО «DOS TEK GROUP», E-Cloud, RuToken, 16-сан")).toEqual([]);
  });

  it.each(["ky", "ru"] as const)("are nowhere in messages/%s.json", (locale) => {
    const raw = readFileSync(path.resolve(import.meta.dirname, `../messages/${locale}.json`), "utf8");
    // The values, not the JSON text: an escaped line break ("\\n") is not a letter n.
    const values = (tree: unknown): string[] =>
      typeof tree === "string" ? [tree] : Object.values(tree as object).flatMap(values);
    const texts = values(fillConfigReferences(JSON.parse(raw), locale));
    expect(texts.flatMap((text) => mixedScriptWords(text))).toEqual([]);
  });
});
