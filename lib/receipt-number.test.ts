import { describe, expect, it } from "vitest";
import { foldReceiptNumber } from "./receipt-number";

describe("receipt numbers", () => {
  it("folds a Cyrillic А12 and a Latin A12 to one number", () => {
    expect(foldReceiptNumber("А12")).toBe("A12");
    expect(foldReceiptNumber("A12")).toBe("A12");
    expect(foldReceiptNumber("а12")).toBe(foldReceiptNumber("a12"));
  });

  it("folds every look-alike pair the offices' keyboards produce, in either case", () => {
    const cyrillic = "АВЕКМНОРСТХУ";
    const latin = "ABEKMHOPCTXY";
    expect(foldReceiptNumber(cyrillic)).toBe(latin);
    expect(foldReceiptNumber(cyrillic.toLowerCase())).toBe(latin);
    for (const c of cyrillic) expect(foldReceiptNumber(c)).not.toMatch(/[\u0400-\u04ff]/);
  });

  it("keeps letters that look like no Latin letter, and drops spaces", () => {
    expect(foldReceiptNumber("ПКО 15/2")).toBe("ПKO15/2");
    expect(foldReceiptNumber("Ж-1")).toBe("Ж-1");
    expect(foldReceiptNumber("ө 7")).toBe("Ө7");
    expect(foldReceiptNumber("ү1")).toBe("Y1");
    expect(foldReceiptNumber("Ａ１２")).toBe("A12");
    expect(foldReceiptNumber("Α12")).toBe("A12");
    expect(foldReceiptNumber("ѕ-і")).toBe("S-I");
  });
});
