import { describe, expect, it } from "vitest";
import { maskAccount, maskPersonName } from "./mask";

describe("masking", () => {
  it("masks the middle of an account", () => {
    expect(maskAccount("01234567890123")).toBe("0123******0123");
    expect(maskAccount("4111111111111111")).toBe("4111********1111");
    expect(maskAccount("123")).toBe("***");
  });

  it("keeps the first letter of each word of a person's name", () => {
    expect(maskPersonName("Токтогулова  Айгүл")).toBe("Т********** А****");
    expect(maskPersonName("Ы")).toBe("Ы*");
  });
});
