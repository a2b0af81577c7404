import { describe, expect, it } from "vitest";
import { isStrongPassword, passwordScore, personalWords } from "./password-strength";

const aigul = personalWords({ email: "aigul.admin@dostek.kg", name: "Айгүл Асанова" }, ["dostek"]);

describe("isStrongPassword", () => {
  it("refuses common passwords, keyboard walks, dates and the person's own words, even when long", () => {
    for (const weak of [
      "password1234",
      "qwertyuiop123",
      "1234567890123",
      "aigul.admin2026",
      "Dostek2026!",
      "01.01.1990",
      "iloveyou12345",
      // The Russian keyboard's rows and "пароль" typed twice: weak on any layout.
      "йцукенгшщзхъ",
      "парольпароль1",
    ]) {
      expect(isStrongPassword(weak, aigul), weak).toBe(false);
    }
  });

  it("accepts passphrases and random strings", () => {
    for (const strong of ["staff password for e2e 42", "тоо көлү жана алма 77", "kT9#vQ2!mZ7pR"]) {
      expect(isStrongPassword(strong, aigul), strong).toBe(true);
    }
  });

  it("judges a very long password by its first 100 characters, in little time", () => {
    const started = performance.now();
    expect(passwordScore("a".repeat(100_000), [])).toBeLessThan(3);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
