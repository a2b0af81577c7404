import { randomInt } from "node:crypto";

// A client address no other test shares, for the limits the app counts per address (rate limits,
// sign-in attempts; an IPv6 address counts as its /64, lib/rate-limit.ts). A random /64 of
// IPv6's documentation range, 2001:db8::/32: fixed or random IPv4 addresses could meet, and
// once did (another spec's registration took the last of the rate-limit test's 30 posts).
export function uniqueClientAddress(): string {
  const group = () => randomInt(0x10000).toString(16);
  return `2001:db8:${group()}:${group()}::1`;
}
