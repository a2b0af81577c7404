import { describe, expect, it } from "vitest";
import { foldForSearch, hasControlCharacters, hasInvisibleCharacters } from "./text";

describe("text checks", () => {
  it("finds control characters but lets line breaks and tabs through", () => {
    expect(hasControlCharacters("Bad\u0000Name")).toBe(true);
    expect(hasControlCharacters("Bad\u0085Name")).toBe(true);
    expect(hasControlCharacters("two\nlines\tand tabs\r")).toBe(false);
    expect(hasControlCharacters("ОсОО «Ак-Суу» Өң Үй")).toBe(false);
  });

  it.each([
    ["U+202A", "\u202a"],
    ["U+202B", "\u202b"],
    ["U+202C", "\u202c"],
    ["U+202D", "\u202d"],
    ["U+202E", "\u202e"],
    ["U+2066", "\u2066"],
    ["U+2067", "\u2067"],
    ["U+2068", "\u2068"],
    ["U+2069", "\u2069"],
    ["U+200B", "\u200b"],
    ["U+200C", "\u200c"],
    ["U+200D", "\u200d"],
    ["U+200E", "\u200e"],
    ["U+200F", "\u200f"],
    ["U+2060", "\u2060"],
    ["U+FEFF", "\ufeff"],
    ["U+061C", "\u061c"],
  ])("finds %s", (_, character) => {
    expect(hasInvisibleCharacters(`ОсОО ${character}Тест`)).toBe(true);
  });

  it("lets ordinary Kyrgyz, Russian and Latin names through", () => {
    expect(hasInvisibleCharacters("ОсОО «Ак-Суу» Өң Үй, DOS TEK GROUP & Co.")).toBe(false);
  });
});

describe("names folded for search", () => {
  it("ignores case in any alphabet, ё, quotation marks and spacing", () => {
    expect(foldForSearch("ОсОО  «Агым»")).toBe("осоо агым");
    expect(foldForSearch('ЖЧК "Өнүгүү-Ңылым"')).toBe("жчк өнүгүү-ңылым");
    expect(foldForSearch("Ёлка")).toBe("елка");
    expect(foldForSearch("DOS TEK GROUP")).toBe("dos tek group");
  });
});
