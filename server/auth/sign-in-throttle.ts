// Failed sign-ins are counted per account (the email typed, known or not) and per client (IPv4
// address or IPv6 /64) in the database, so that every instance sees them. Past either limit,
// sign-in is refused for a while, also with the right password, and the answer is the same
// whether the account exists or not.
import { decideRateLimit, rateLimitKey, type RateLimitResult } from "@/lib/rate-limit";
import { countRequest, getDatabase, readRequestCounts } from "@/server/db";

const windowMs = 15 * 60_000;
export const signInFailureLimits = { account: 10, address: 30 } as const;

const buckets = (email: string, address: string | null) =>
  [
    { bucket: "sign-in-account", key: email.trim().toLowerCase(), limit: signInFailureLimits.account },
    { bucket: "sign-in-address", key: rateLimitKey(address), limit: signInFailureLimits.address },
  ] as const;

// May this attempt go ahead? (Counts nothing.)
export async function checkSignInThrottle(email: string, address: string | null): Promise<RateLimitResult> {
  const now = Date.now();
  let worst: RateLimitResult = { allowed: true };
  for (const { bucket, key, limit } of buckets(email, address)) {
    const counts = await readRequestCounts(getDatabase(), { bucket, key, windowMs, now });
    // Refused once the failures so far reach the limit (the next one would pass it).
    const decision = decideRateLimit({ ...counts, current: counts.current + 1 }, { limit, windowMs, now });
    if (!decision.allowed && (worst.allowed || decision.retryAfterMs > worst.retryAfterMs)) worst = decision;
  }
  return worst;
}

export async function recordSignInFailure(email: string, address: string | null): Promise<void> {
  const now = Date.now();
  for (const { bucket, key } of buckets(email, address)) {
    await countRequest(getDatabase(), { bucket, key, windowMs, now });
  }
}
