import { describe, expect, it } from "vitest";
import { attemptsStillCounted, delayAfter, signInSchedule } from "./attempt-delay";
import { dayMs as day } from "./dates";

describe("delayAfter", () => {
  it("lets the free attempts through at once, then doubles the wait up to a quarter of an hour", () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, signInSchedule) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 15, 30, 60, 120, 240, 480, 900, 900]);
    expect(delayAfter(10_000, signInSchedule)).toBe(900_000);
  });
});

describe("attemptsStillCounted", () => {
  it("counts a key's attempts until a day without any", () => {
    expect(attemptsStillCounted(null, 0, signInSchedule)).toBe(0);
    expect(attemptsStillCounted({ attempts: 7, lastAttemptAt: 1_000 }, 1_000 + day - 1, signInSchedule)).toBe(
      7,
    );
    expect(attemptsStillCounted({ attempts: 7, lastAttemptAt: 1_000 }, 1_000 + day, signInSchedule)).toBe(0);
  });
});
