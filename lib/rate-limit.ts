// Request limits per client over a sliding window, estimated from two fixed windows (the
// current one and the one before it, weighted by how much of it still overlaps the last
// `windowMs`): no burst of twice the limit at a window's edge, and two counters per client.
// The counters themselves live in the database so that every app instance sees the same ones
// (server/http/rate-limits.ts); this is the arithmetic.

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

export function windowStartOf(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

export interface WindowCounts {
  // Requests counted in the current fixed window, this one included, and in the one before.
  current: number;
  previous: number;
}

export function decideRateLimit(
  { current, previous }: WindowCounts,
  { limit, windowMs, now }: { limit: number; windowMs: number; now: number },
): RateLimitResult {
  const start = windowStartOf(now, windowMs);
  const overlap = 1 - (now - start) / windowMs;
  if (previous * overlap + current <= limit) return { allowed: true };
  // Waiting out the current window always suffices for a client that then sends no more
  // than the limit; sooner is possible while only the previous window's weight is in the way.
  const untilNextWindow = start + windowMs - now;
  const room = limit - current;
  const untilDecayed = room > 0 && previous > 0 ? (1 - room / previous) * windowMs - (now - start) : Infinity;
  return {
    allowed: false,
    retryAfterMs: Math.max(1_000, Math.ceil(Math.min(untilNextWindow, untilDecayed))),
  };
}

// The client a limit counts: an IPv4 address, or the /64 network of an IPv6 one (one household
// or phone gets a whole /64 and can change the rest at will). Unknown addresses share one key.
export function rateLimitKey(address: string | null): string {
  if (!address) return "unknown";
  if (!address.includes(":")) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.join(":")}::/64` : address.toLowerCase();
}

function expandIpv6(address: string): string[] | null {
  const halves = address.toLowerCase().replace(/%.*$/, "").split("::");
  if (halves.length > 2) return null;
  const parts = (text: string | undefined) => (text ? text.split(":") : []);
  const head = parts(halves[0]);
  const tail = parts(halves[1]);
  // An IPv4 tail (::ffff:192.0.2.1) is one part standing for two groups.
  const written = head.length + tail.length + ([...head, ...tail].at(-1)?.includes(".") ? 1 : 0);
  const missing = 8 - written;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array.from({ length: missing }, () => "0"), ...tail].slice(0, 4);
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
