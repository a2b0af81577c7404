import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  generateInvoiceNumber,
  groupInvoiceNumber,
  invoiceNumberProblem,
  isValidInvoiceNumber,
  normalizeInvoiceNumber,
} from "./invoice-number";
import { hasValidLuhnDigit, luhnCheckDigit } from "./luhn";

describe("Luhn", () => {
  it("computes known check digits", () => {
    expect(luhnCheckDigit("7992739871")).toBe(3);
    expect(hasValidLuhnDigit("79927398713")).toBe(true);
    expect(hasValidLuhnDigit("79927398710")).toBe(false);
    expect(hasValidLuhnDigit("4111111111111111")).toBe(true);
  });
});

describe("invoice numbers", () => {
  it(
    "generates 100,000 numbers: 16 digits, no leading zero, valid check digit, no collision",
    { timeout: 30_000 },
    () => {
      const seen = new Set<string>();
      const bad: string[] = [];
      for (let i = 0; i < 100_000; i++) {
        const number = generateInvoiceNumber(randomBytes);
        if (!/^[1-9][0-9]{15}$/.test(number) || !hasValidLuhnDigit(number)) bad.push(number);
        seen.add(number);
      }
      expect(bad).toEqual([]);
      expect(seen.size).toBe(100_000);
    },
  );

  it("uses every digit in every random position", () => {
    const counts = Array.from({ length: 16 }, () => new Set<string>());
    for (let i = 0; i < 2_000; i++) {
      const number = generateInvoiceNumber(randomBytes);
      [...number].forEach((d, p) => counts[p]!.add(d));
    }
    expect(counts[0]!.size).toBe(9);
    for (let p = 1; p < 15; p++) expect(counts[p]!.size).toBe(10);
  });

  it("takes its randomness from the given source", () => {
    const zeros = () => new Uint8Array(32);
    expect(generateInvoiceNumber(zeros)).toBe("100000000000000" + String(luhnCheckDigit("100000000000000")));
  });

  it("normalizes, validates and groups what people type", () => {
    const number = generateInvoiceNumber(randomBytes);
    const grouped = groupInvoiceNumber(number);
    expect(grouped).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(normalizeInvoiceNumber(grouped)).toBe(number);
    expect(isValidInvoiceNumber(grouped)).toBe(true);
    const wrongDigit = number.slice(0, 15) + String((Number(number[15]) + 1) % 10);
    expect(isValidInvoiceNumber(wrongDigit)).toBe(false);
    expect(normalizeInvoiceNumber("0" + number.slice(1))).toBeNull();
    expect(normalizeInvoiceNumber(number.slice(1))).toBeNull();
    expect(normalizeInvoiceNumber(number + "1")).toBeNull();
    expect(normalizeInvoiceNumber("１" + number.slice(1))).toBeNull();
  });
});

describe("invoiceNumberProblem", () => {
  const good = "4111 1111 1111 1111";
  it("accepts a good number typed with spaces or dashes", () => {
    expect(invoiceNumberProblem(good)).toBeNull();
    expect(invoiceNumberProblem("4111-1111-1111-1111")).toBeNull();
  });
  it("tells letters, length and a mistyped digit apart", () => {
    expect(invoiceNumberProblem("4111 1111 1111 111O")).toEqual({ problem: "checkCharacters", digits: 15 });
    expect(invoiceNumberProblem("4111 1111 1111 111")).toEqual({ problem: "checkLength", digits: 15 });
    expect(invoiceNumberProblem("4111 1111 1111 11111")).toEqual({ problem: "checkLength", digits: 17 });
    expect(invoiceNumberProblem("4111 1111 1111 1112")).toEqual({ problem: "checkDigit", digits: 16 });
    expect(invoiceNumberProblem("0111 1111 1111 1116")).toEqual({ problem: "checkDigit", digits: 16 });
  });
});
