import { describe, expect, it } from "vitest";
import {
  bishkekDayEnd,
  bishkekDayOf,
  bishkekDayOrToday,
  bishkekYesterday,
  parseBishkekDateTime,
  bishkekDayStart,
  formatBishkekDate,
  formatBishkekDateTime,
  parseDay,
  formatDay,
} from "./dates";

describe("dates", () => {
  it("formats in Bishkek time", () => {
    expect(formatBishkekDate(new Date("2026-11-24T10:00:00Z"))).toBe("24.11.2026");
    expect(formatBishkekDate(new Date("2026-12-31T18:30:00Z"))).toBe("01.01.2027");
  });
});

describe("Bishkek days", () => {
  it("start at 18:00 UTC the day before", () => {
    expect(bishkekDayStart("2026-11-26")?.toISOString()).toBe("2026-11-25T18:00:00.000Z");
    expect(bishkekDayEnd("2026-11-26")?.toISOString()).toBe("2026-11-26T18:00:00.000Z");
  });

  it("refuse what is not a real day", () => {
    expect(bishkekDayStart("2026-02-30")).toBeNull();
    expect(bishkekDayStart("26.11.2026")).toBeNull();
    expect(bishkekDayStart("")).toBeNull();
  });

  it("format and name the local day", () => {
    expect(formatBishkekDateTime(new Date("2026-11-25T19:04:00Z"))).toBe("26.11.2026 01:04");
    expect(bishkekDayOf(new Date("2026-11-25T19:04:00Z"))).toBe("2026-11-26");
  });
});

describe("bishkekDayOrToday", () => {
  const now = new Date("2026-11-26T20:30:00Z"); // already the 27th in Bishkek
  it("keeps a real day and falls back to Bishkek's today", () => {
    expect(bishkekDayOrToday("2026-02-28", now)).toBe("2026-02-28");
    for (const asked of ["2026-02-30", "", undefined, ["2026-01-01"], "26.11.26"])
      expect(bishkekDayOrToday(asked, now)).toBe("2026-11-27");
  });
});

describe("parseBishkekDateTime", () => {
  it("reads the forms registries use, in Bishkek time", () => {
    const expected = "2026-11-25T08:03:05.000Z";
    for (const text of [
      "2026-11-25 14:03:05",
      "2026-11-25T14:03:05",
      "25.11.2026 14:03:05",
      "20261125140305",
    ])
      expect(parseBishkekDateTime(text)?.toISOString(), text).toBe(expected);
    expect(parseBishkekDateTime("25.11.2026 9:03")?.toISOString()).toBe("2026-11-25T03:03:00.000Z");
  });

  it("refuses impossible and other dates", () => {
    for (const text of [
      "2026-02-30 10:00",
      "2026-11-25 24:00",
      "25/11/2026 10:00",
      "2026-11-25",
      "",
      "yesterday",
    ])
      expect(parseBishkekDateTime(text), text).toBeNull();
  });
});

describe("bishkekYesterday", () => {
  it("is the day before in Bishkek, whatever the UTC date", () => {
    expect(bishkekYesterday(new Date("2026-11-25T18:30:00Z"))).toBe("2026-11-25");
    expect(bishkekYesterday(new Date("2026-11-25T17:59:00Z"))).toBe("2026-11-24");
  });
});

describe("parseDay and formatDay", () => {
  it("read a day as typed, dd.mm.yyyy or yyyy-mm-dd, and show it as dd.mm.yyyy", () => {
    expect(parseDay("26.11.2026")).toBe("2026-11-26");
    expect(parseDay(" 6.1.2026 ")).toBe("2026-01-06");
    expect(parseDay("2026-11-26")).toBe("2026-11-26");
    expect(parseDay("26/11/2026")).toBe("2026-11-26");
    expect(formatDay("2026-01-06")).toBe("06.01.2026");
    expect(parseDay(formatDay("2026-02-28"))).toBe("2026-02-28");
  });

  it("refuse impossible days and other forms", () => {
    for (const text of ["30.02.2026", "11/26/2026", "26.11.26", "26.11.2026.", "2026-13-01", "", "today"])
      expect(parseDay(text), text).toBeNull();
  });

  it("take either form for a day asked in a link", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    expect(bishkekDayOrToday("01.01.2020", now)).toBe("2020-01-01");
    expect(bishkekDayOrToday("2020-01-01", now)).toBe("2020-01-01");
    expect(bishkekDayOrToday("31.02.2020", now)).toBe("2026-11-26");
  });
});
