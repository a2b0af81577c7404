import { describe, expect, it } from "vitest";
import { checkInn } from "./inn";

describe("INN", () => {
  it("accepts an organisation's INN", () => {
    expect(checkInn("01234567890123")).toEqual({ ok: true, inn: "01234567890123", kind: "organization" });
  });

  it("accepts a person's INN with a real birth date, spaces and dashes ignored", () => {
    expect(checkInn("1 1503 1985 00012")).toEqual({ ok: true, inn: "11503198500012", kind: "person" });
    expect(checkInn("2-2902-2000-00012")).toMatchObject({ ok: true, kind: "person" });
  });

  it.each([
    ["0123456789012", "format"],
    ["012345678901234", "format"],
    ["0123456789012a", "format"],
    ["０１２３４５６７８９０１２３", "format"],
    ["", "format"],
    ["31503198500012", "first-digit"],
    ["13102198500012", "birth-date"],
    ["22902200100012", "birth-date"],
    ["10013198500012", "birth-date"],
    ["10101180000012", "birth-date"],
  ] as const)("refuses %j (%s)", (input, problem) => {
    expect(checkInn(input)).toEqual({ ok: false, problem });
  });
});
