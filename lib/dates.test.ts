import { describe, expect, it } from "vitest";
import { formatBishkekDate } from "./dates";

describe("dates", () => {
  it("formats in Bishkek time", () => {
    expect(formatBishkekDate(new Date("2026-11-24T10:00:00Z"))).toBe("24.11.2026");
    expect(formatBishkekDate(new Date("2026-12-31T18:30:00Z"))).toBe("01.01.2027");
  });
});
