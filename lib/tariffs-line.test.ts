import { describe, expect, it } from "vitest";
import { tariffsLine } from "./tariffs-line";

describe("an invoice's items in one line", () => {
  const items = [
    { nameKy: "RuToken ЭЦП", nameRu: "ЭЦП на RuToken", quantity: 1 },
    { nameKy: "Булуттагы ЭЦП", nameRu: "Облачная ЭЦП", quantity: 2 },
  ];
  it("names each in the reader's language with its quantity", () => {
    expect(tariffsLine(items, "ru")).toBe("ЭЦП на RuToken × 1, Облачная ЭЦП × 2");
    expect(tariffsLine(items, "ky")).toBe("RuToken ЭЦП × 1, Булуттагы ЭЦП × 2");
    expect(tariffsLine([], "ky")).toBe("");
  });
});
