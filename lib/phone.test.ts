import { describe, expect, it } from "vitest";
import { formatKyrgyzPhone, normalizeKyrgyzMobile, normalizeKyrgyzNumber } from "./phone";

describe("Kyrgyz mobile numbers", () => {
  it.each([
    ["+996 555 123 456", "+996555123456"],
    ["+996555123456", "+996555123456"],
    ["996-700-12-34-56", "+996700123456"],
    ["0555 12 34 56", "+996555123456"],
    ["(0777) 123-456", "+996777123456"],
    ["555123456", "+996555123456"],
    ["220 123 456", "+996220123456"],
    ["999 123 456", "+996999123456"],
  ])("accepts %j", (input, e164) => {
    expect(normalizeKyrgyzMobile(input)).toBe(e164);
  });

  it.each([
    "",
    "12345",
    "+7 555 123 456",
    "312 123 456",
    "+996 555 123 45",
    "+996 555 123 4567",
    "555123456a",
    "５５５１２３４５６",
  ])("refuses %j", (input) => {
    expect(normalizeKyrgyzMobile(input)).toBeNull();
  });

  it("formats as +996 XXX XXX XXX", () => {
    expect(formatKyrgyzPhone("+996555123456")).toBe("+996 555 123 456");
  });
});

describe("any Kyrgyz number (an office's phone)", () => {
  it("takes landlines as well as mobiles", () => {
    expect(normalizeKyrgyzNumber("(03222) 5-12-34")).toBe("+996322251234");
    expect(normalizeKyrgyzNumber("+996 555 123 456")).toBe("+996555123456");
    expect(normalizeKyrgyzNumber("12345")).toBeNull();
    expect(normalizeKyrgyzNumber("+7 495 123 45 67")).toBeNull();
  });
});
