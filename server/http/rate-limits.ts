import { RateLimiter } from "@/lib/rate-limit";
import { getEnv } from "@/server/env";

let registration: RateLimiter | undefined;

// Registration attempts per client address per 10 minutes, per app instance. An office full of
// clients shares one address, so the default (30) is generous: it is there to stop scripts.
export function registrationLimiter(): RateLimiter {
  registration ??= new RateLimiter({ limit: getEnv().REGISTRATION_RATE_LIMIT, windowMs: 10 * 60_000 });
  return registration;
}
