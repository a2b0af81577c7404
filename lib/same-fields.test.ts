import { describe, expect, it } from "vitest";
import { sameFields } from "./same-fields";

describe("sameFields", () => {
  it("compares the fields of the edit", () => {
    expect(sameFields({ a: "x", b: 1 }, { a: "x", b: 1 })).toBe(true);
    expect(sameFields({ a: "x", b: 1 }, { a: "x", b: 2 })).toBe(false);
    expect(sameFields({ a: "", b: null as string | null }, { a: "", b: "" as string | null })).toBe(false);
  });
});
