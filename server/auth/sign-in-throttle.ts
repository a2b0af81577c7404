// Sign-in attempts are counted before the password is checked, in the database (every instance
// sees the same counts), and the check runs only if the count allows it
// (server/db/attempt-throttle.ts, lib/attempt-delay.ts):
// - per account and address: five at once, then a doubling wait. A stranger's guesses slow the
//   stranger; the staff member signing in from the office is not held up by them.
// - per address over every account: 30 wrong ones at once, then the same doubling; skipped for
//   the account that last signed in fully in this browser (a signed cookie, signed-cookies.ts),
//   so that someone at the office's address cannot keep the others there out.
// A right password starts its account-and-address count again and gives the address its attempt
// back. The answer is the same whether the account exists or not.
import { signInAddressSchedule, signInSchedule } from "@/lib/attempt-delay";
import { rateLimitKey } from "@/lib/rate-limit";
import { claimAttempt, clearAttempts, releaseAttempt, type Database, type ThrottledCheck } from "@/server/db";

export interface ThrottleKeys {
  // What was tried (an email as typed, or a staff member's id) and from where.
  account: string;
  address: string | null;
  // This browser last signed in fully as this account: the per-address count does not apply.
  knownDevice?: boolean;
}

export const signInKeys = ({ account, address }: ThrottleKeys) => ({
  pair: `sign-in:${account.trim().toLowerCase()}|${rateLimitKey(address)}`,
  address: `sign-in-address:${rateLimitKey(address)}`,
});

// Runs `check` (which proves a password or not) only if this attempt is allowed, counted first.
export async function withSignInThrottle<T>(
  db: Database,
  keys: ThrottleKeys,
  check: () => Promise<{ proven: boolean; value: T }>,
  now = Date.now(),
): Promise<ThrottledCheck<T>> {
  const key = signInKeys(keys);
  const countAddress = !keys.knownDevice;
  if (countAddress) {
    const byAddress = await claimAttempt(db, { key: key.address, now, schedule: signInAddressSchedule });
    if (!byAddress.allowed) return { outcome: "throttled", retryAfterMs: byAddress.retryAfterMs };
  }
  const byPair = await claimAttempt(db, { key: key.pair, now, schedule: signInSchedule });
  if (!byPair.allowed) {
    if (countAddress) await releaseAttempt(db, key.address);
    return { outcome: "throttled", retryAfterMs: byPair.retryAfterMs };
  }
  const result = await check();
  if (result.proven) {
    await clearAttempts(db, key.pair);
    if (countAddress) await releaseAttempt(db, key.address);
  }
  return { outcome: "checked", ...result };
}
