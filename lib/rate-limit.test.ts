import { describe, expect, it } from "vitest";
import { decideRateLimit, rateLimitKey, windowStartOf } from "./rate-limit";

const windowMs = 60_000;

describe("rate limit arithmetic", () => {
  it("allows up to the limit in one window and says when to come back", () => {
    const now = 10 * windowMs + 10_000;
    expect(decideRateLimit({ current: 2, previous: 0 }, { limit: 2, windowMs, now })).toEqual({
      allowed: true,
    });
    expect(decideRateLimit({ current: 3, previous: 0 }, { limit: 2, windowMs, now })).toEqual({
      allowed: false,
      retryAfterMs: 50_000,
    });
  });

  it("weights the previous window by how much of it still overlaps", () => {
    const start = 10 * windowMs;
    // 10 s into the window, 5/6 of the previous one still counts: 5 + 1 > 5.
    expect(
      decideRateLimit({ current: 1, previous: 6 }, { limit: 5, windowMs, now: start + 10_000 }),
    ).toMatchObject({
      allowed: false,
    });
    // 40 s in, 1/3 of it: 2 + 1 ≤ 5.
    expect(decideRateLimit({ current: 1, previous: 6 }, { limit: 5, windowMs, now: start + 40_000 })).toEqual(
      {
        allowed: true,
      },
    );
  });

  it("has no burst of twice the limit at a window's edge", () => {
    const start = 10 * windowMs;
    expect(
      decideRateLimit({ current: 1, previous: 5 }, { limit: 5, windowMs, now: start + 1 }),
    ).toMatchObject({
      allowed: false,
    });
  });

  it("tells a client held back only by the previous window to wait for it to decay", () => {
    const start = 10 * windowMs;
    const result = decideRateLimit({ current: 2, previous: 6 }, { limit: 5, windowMs, now: start + 6_000 });
    // 6·(1 − t/60) + 2 ≤ 5 from t = 30 s on: 24 s from now.
    expect(result).toEqual({ allowed: false, retryAfterMs: 24_000 });
  });

  it("aligns windows", () => {
    expect(windowStartOf(125_000, windowMs)).toBe(120_000);
  });
});

describe("rate limit keys", () => {
  it("keeps IPv4 addresses", () => {
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 /64 as one client, however it is written", () => {
    const key = "2001:db8:1:2::/64";
    expect(rateLimitKey("2001:db8:1:2::1")).toBe(key);
    expect(rateLimitKey("2001:0db8:0001:0002:ffff:1:2:3")).toBe(key);
    expect(rateLimitKey("2001:DB8:1:2:aaaa:bbbb:cccc:dddd")).toBe(key);
    expect(rateLimitKey("2001:db8:1:3::1")).not.toBe(key);
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("puts unknown clients together", () => {
    expect(rateLimitKey(null)).toBe("unknown");
  });
});
