import { describe, expect, it } from "vitest";
import {
  addTyiyn,
  formatSomAmount,
  MoneyError,
  multiplyTyiyn,
  parseDecimalSom,
  somToTyiyn,
  toDecimalSom,
  tyiynFromDatabase,
  maxDecimalSomTyiyn,
} from "./money";

describe("money", () => {
  it("converts whole som to tyiyn", () => {
    expect(somToTyiyn(1510)).toBe(151_000);
    expect(() => somToTyiyn(1.5)).toThrow(MoneyError);
  });

  it("formats in the Kyrgyz convention", () => {
    expect(formatSomAmount(151_000)).toBe("1\u00a0510,00");
    expect(formatSomAmount(5)).toBe("0,05");
    expect(formatSomAmount(50_000_000)).toBe("500\u00a0000,00");
    expect(formatSomAmount(123_456_789_01)).toBe("123\u00a0456\u00a0789,01");
    expect(formatSomAmount(-151_050)).toBe("-1\u00a0510,50");
  });

  it("writes and reads the decimal machine form", () => {
    expect(toDecimalSom(151_050)).toBe("1510.50");
    expect(toDecimalSom(7)).toBe("0.07");
    expect(parseDecimalSom("1510")).toBe(151_000);
    expect(parseDecimalSom("1510.5")).toBe(151_050);
    expect(parseDecimalSom("1510.05")).toBe(151_005);
    expect(parseDecimalSom("0.01")).toBe(1);
  });

  it.each([
    "",
    "-1",
    "+1",
    "1e3",
    "1,50",
    "1.505",
    "01",
    ".5",
    "5.",
    "１２",
    "١٢",
    " 12",
    "12 ",
    "NaN",
    "Infinity",
  ])("refuses %j as a sum", (text) => {
    expect(parseDecimalSom(text)).toBeNull();
  });

  it("adds and multiplies only whole tyiyn", () => {
    expect(addTyiyn(151_000, 142_000, 1)).toBe(293_001);
    expect(multiplyTyiyn(151_000, 3)).toBe(453_000);
    expect(() => multiplyTyiyn(151_000, -1)).toThrow(MoneyError);
    expect(() => multiplyTyiyn(0.5, 2)).toThrow(MoneyError);
    expect(() => addTyiyn(Number.MAX_SAFE_INTEGER, 1)).toThrow(MoneyError);
  });

  it("reads 64-bit amounts from the database exactly, or refuses them", () => {
    expect(tyiynFromDatabase(2_147_483_648n)).toBe(2_147_483_648);
    expect(tyiynFromDatabase("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(tyiynFromDatabase("-5")).toBe(-5);
    expect(tyiynFromDatabase(42)).toBe(42);
    expect(() => tyiynFromDatabase(9_007_199_254_740_992n)).toThrow(MoneyError);
    expect(() => tyiynFromDatabase("9223372036854775807")).toThrow(MoneyError);
    expect(() => tyiynFromDatabase("1.5")).toThrow(MoneyError);
    expect(() => tyiynFromDatabase(1.5)).toThrow(MoneyError);
  });

  it("parses at most the largest sum, which is exact", () => {
    expect(parseDecimalSom("9999999999999.99")).toBe(maxDecimalSomTyiyn);
    expect(parseDecimalSom("10000000000000")).toBeNull();
    expect(Number.isSafeInteger(maxDecimalSomTyiyn)).toBe(true);
  });
});
