import { rateLimits, rateLimitWindowMs } from "@/config/rate-limits";
import { decideRateLimit, rateLimitKey, type RateLimitResult } from "@/lib/rate-limit";
import { countRequest, getDatabase, isDatabaseUnavailable } from "@/server/db";
import { getEnv } from "@/server/env";
import { getLogger } from "@/server/log";

export type RateLimitedAction = "registration" | keyof typeof rateLimits;

const limitOf = (action: RateLimitedAction) =>
  action === "registration" ? getEnv().REGISTRATION_RATE_LIMIT : rateLimits[action];

// Counts one request of this client for this action and says whether it may go ahead. The
// counters are in the database, so several instances enforce one limit. When the database
// cannot count, the request goes ahead (it needs the database anyway and fails on its own).
export async function hitRateLimit(
  action: RateLimitedAction,
  address: string | null,
): Promise<RateLimitResult> {
  const now = Date.now();
  try {
    const counts = await countRequest(getDatabase(), {
      bucket: action,
      key: rateLimitKey(address),
      windowMs: rateLimitWindowMs,
      now,
    });
    return decideRateLimit(counts, { limit: limitOf(action), windowMs: rateLimitWindowMs, now });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    getLogger().warn({ action, err: error }, "rate limit not counted: database unavailable");
    return { allowed: true };
  }
}

export function tooManyRequests(
  result: { retryAfterMs: number },
  body: BodyInit,
  contentType: string,
): Response {
  return new Response(body, {
    status: 429,
    headers: {
      "Content-Type": contentType,
      "Cache-Control": "no-store",
      "Retry-After": String(Math.ceil(result.retryAfterMs / 1000)),
    },
  });
}
