import { describe, expect, it } from "vitest";
import { dueReminderStage, isReminderHour, nextReminderHour } from "./reminder-stage";
import { dayMs as day } from "./dates";

const validTo = new Date("2027-01-31T17:59:59Z");
const before = (ms: number) => new Date(validTo.getTime() - ms);

describe("dueReminderStage", () => {
  it("is the nearest stage reached, none before 30 days or after expiry", () => {
    expect(dueReminderStage(validTo, before(30 * day + 1))).toBeNull();
    expect(dueReminderStage(validTo, before(30 * day))).toBe(30);
    expect(dueReminderStage(validTo, before(7 * day + 1))).toBe(30);
    expect(dueReminderStage(validTo, before(7 * day))).toBe(7);
    expect(dueReminderStage(validTo, before(day + 1))).toBe(7);
    expect(dueReminderStage(validTo, before(day))).toBe(1);
    expect(dueReminderStage(validTo, before(1))).toBe(1);
    expect(dueReminderStage(validTo, validTo)).toBeNull();
  });
});

describe("isReminderHour", () => {
  it("is 09:00 to 20:00 in Bishkek (UTC+6)", () => {
    expect(isReminderHour(new Date("2026-12-06T02:59:59Z"))).toBe(false);
    expect(isReminderHour(new Date("2026-12-06T03:00:00Z"))).toBe(true);
    expect(isReminderHour(new Date("2026-12-06T13:59:59Z"))).toBe(true);
    expect(isReminderHour(new Date("2026-12-06T14:00:00Z"))).toBe(false);
  });
});

describe("nextReminderHour", () => {
  it("is now in the daytime, else the next 09:00 in Bishkek", () => {
    const noon = new Date("2026-12-06T06:00:00Z");
    expect(nextReminderHour(noon)).toBe(noon);
    expect(nextReminderHour(new Date("2026-12-06T14:30:00Z"))).toEqual(new Date("2026-12-07T03:00:00Z"));
    expect(nextReminderHour(new Date("2026-12-06T19:00:00Z"))).toEqual(new Date("2026-12-07T03:00:00Z"));
    expect(nextReminderHour(new Date("2026-12-06T01:00:00Z"))).toEqual(new Date("2026-12-06T03:00:00Z"));
  });
});
