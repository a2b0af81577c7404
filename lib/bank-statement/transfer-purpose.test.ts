import { describe, expect, it } from "vitest";
import { isValidInvoiceNumber } from "../invoice-number";
import { invoiceNumbersIn, mentionsSoci } from "./transfer-purpose";

// A number with a right check digit, and the same with its last digit changed.
const valid = "1234567890123452";
const wrong = "1234567890123453";

describe("a transfer's purpose", () => {
  it("uses a number whose check digit is right", () => {
    expect(isValidInvoiceNumber(valid)).toBe(true);
    expect(isValidInvoiceNumber(wrong)).toBe(false);
  });

  it("finds the invoice number however it is written", () => {
    for (const purpose of [
      `Оплата по счёту № ${valid} за ЭЦП`,
      "Оплата по счету №1234 5678 9012 3452 за ЭЦП",
      "Оплата счета 1234-5678-9012-3452",
      "счет№1234\u00a05678\u00a09012\u00a03452, сумма 1510,00",
      `${valid}`,
      "ЭЦП 1234 5678 9012 3452 1510",
    ])
      expect(invoiceNumbersIn(purpose), purpose).toEqual([valid]);
  });

  it("counts only numbers that pass the check digit, and each once", () => {
    expect(invoiceNumbersIn(`Оплата по счёту ${wrong}`)).toEqual([]);
    expect(invoiceNumbersIn(`ИНН 01234567890123 счёт ${valid} и ${valid}`)).toEqual([valid]);
    expect(invoiceNumbersIn("17 digits 12345678901234527")).toEqual([]);
    expect(invoiceNumbersIn("")).toEqual([]);
  });

  it("reads a long text in one pass", () => {
    const text = "1 ".repeat(100_000);
    const started = performance.now();
    expect(invoiceNumbersIn(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("notices SOChI however it is spelled, not the social fund", () => {
    for (const purpose of ["Пополнение СОчИ", "оплата за СОЧИ", "SOCHI top-up", "COЧИ баланс"])
      expect(mentionsSoci(purpose), purpose).toBe(true);
    expect(mentionsSoci("Взносы в Социальный фонд")).toBe(false);
    expect(mentionsSoci("Оплата за ЭЦП")).toBe(false);
    expect(mentionsSoci("код 42122900 пополнение", "42122900")).toBe(true);
  });
});
