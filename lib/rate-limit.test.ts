import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows the limit per window and tells when to come back", () => {
    let now = 1_000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.hit("a")).toEqual({ allowed: true });
    expect(limiter.hit("a")).toEqual({ allowed: true });
    now += 10_000;
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limiter.hit("b")).toEqual({ allowed: true });
    now += 50_000;
    expect(limiter.hit("a")).toEqual({ allowed: true });
  });

  it("stays bounded in memory", () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 10, now: () => now, maxKeys: 3 });
    for (const key of ["a", "b", "c"]) limiter.hit(key);
    now = 100;
    expect(limiter.hit("d")).toEqual({ allowed: true });
    expect(limiter.hit("a")).toEqual({ allowed: true });
  });
});
