// Attempts to prove a password or a code, counted in the database before the check (so that 200
// guesses sent at the same moment are counted one after another, on every instance) and decided
// by that count: `claimAttempt` either takes the next attempt for a key or says how long to wait.
// A compare-and-set on the key's row makes the claim atomic on both databases without locks.
import { attemptsStillCounted, delayAfter, type AttemptSchedule } from "@/lib/attempt-delay";
import type { Database } from "./database";
import { isUniqueViolation } from "./errors";

export type AttemptClaim = { allowed: true; attempts: number } | { allowed: false; retryAfterMs: number };

// Racing claims that lose the compare-and-set read again. Only claims that are still allowed
// race (once a wait is set every reader is refused at once), so a round is lost at most once per
// free attempt; past that the key is being hammered and the answer is "wait".
const maxRounds = 32;

export async function claimAttempt(
  db: Database,
  { key, now, schedule }: { key: string; now: number; schedule: AttemptSchedule },
): Promise<AttemptClaim> {
  for (let round = 0; round < maxRounds; round++) {
    const row = await db.attemptThrottle.findUnique({ where: { key } });
    const counted = attemptsStillCounted(
      row && { attempts: row.attempts, lastAttemptAt: row.lastAttemptAt.getTime() },
      now,
      schedule,
    );
    if (row && counted > 0 && row.nextAttemptAt.getTime() > now) {
      return { allowed: false, retryAfterMs: row.nextAttemptAt.getTime() - now };
    }
    const attempts = counted + 1;
    const next = {
      attempts,
      lastAttemptAt: new Date(now),
      nextAttemptAt: new Date(now + delayAfter(attempts, schedule)),
    };
    if (!row) {
      try {
        await db.attemptThrottle.create({ data: { key, ...next } });
        return { allowed: true, attempts };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        continue;
      }
    }
    const { count } = await db.attemptThrottle.updateMany({
      where: { key, attempts: row.attempts, lastAttemptAt: row.lastAttemptAt },
      data: next,
    });
    if (count === 1) return { allowed: true, attempts };
  }
  return { allowed: false, retryAfterMs: 1_000 };
}

// A proven password or code starts the key again.
export async function clearAttempts(db: Database, key: string): Promise<void> {
  await db.attemptThrottle.deleteMany({ where: { key } });
}

// Gives back one attempt that turned out not to be a guess (a right password, or one refused
// for another key before anything was checked).
export async function releaseAttempt(db: Database, key: string): Promise<void> {
  await db.attemptThrottle.updateMany({
    where: { key, attempts: { gt: 0 } },
    data: { attempts: { decrement: 1 } },
  });
}

export type ThrottledCheck<T> =
  { outcome: "throttled"; retryAfterMs: number } | { outcome: "checked"; proven: boolean; value: T };

// Runs `check` (which proves a password or a code, or not) only if this attempt under `key` is
// allowed, counted first; a proof starts the key again.
export async function withAttemptThrottle<T>(
  db: Database,
  { key, schedule, now = Date.now() }: { key: string; schedule: AttemptSchedule; now?: number },
  check: () => Promise<{ proven: boolean; value: T }>,
): Promise<ThrottledCheck<T>> {
  const claim = await claimAttempt(db, { key, now, schedule });
  if (!claim.allowed) return { outcome: "throttled", retryAfterMs: claim.retryAfterMs };
  const result = await check();
  if (result.proven) await clearAttempts(db, key);
  return { outcome: "checked", ...result };
}
