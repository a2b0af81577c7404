// How long the next attempt to prove a password or a code must wait after `attempts` attempts
// (this one included) under one key, and when the count starts again. The first few are free, so
// that a person who mistypes is never slowed; after that every attempt doubles the wait, up to a
// quarter of an hour. Counted per account and address, a stranger's guesses slow the stranger:
// from one address about 100 guesses a day per account at most.

export interface AttemptSchedule {
  // Attempts that never wait.
  free: number;
  // The wait after the first attempt past the free ones; each further one doubles it.
  firstDelayMs: number;
  maxDelayMs: number;
  // A key with no attempt for this long starts again from zero.
  forgetAfterMs: number;
}

export const signInSchedule: AttemptSchedule = {
  free: 5,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

export function delayAfter(attempts: number, schedule: AttemptSchedule): number {
  if (attempts < schedule.free) return 0;
  const doublings = Math.min(attempts - schedule.free, 30);
  return Math.min(schedule.firstDelayMs * 2 ** doublings, schedule.maxDelayMs);
}

// The attempts a key has had, as far as they still count at `now`.
export function attemptsStillCounted(
  row: { attempts: number; lastAttemptAt: number } | null,
  now: number,
  schedule: AttemptSchedule,
): number {
  if (!row || now - row.lastAttemptAt >= schedule.forgetAfterMs) return 0;
  return row.attempts;
}

// Every account tried from one address (someone trying one password on many accounts): 30
// wrong ones at full speed, then the same doubling; an hour of quiet starts again. A right
// password gives its attempt back, so a busy office behind one address is never slowed.
export const signInAddressSchedule: AttemptSchedule = {
  free: 30,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

// Proofs inside a session (the password or a code again before a sensitive action, the current
// password before a new one, the password that starts the second factor's set-up): one count
// per staff member for all of them, the same schedule as a sign-in.
export const confirmationSchedule: AttemptSchedule = signInSchedule;
export const confirmationThrottle = (staffId: string) => ({
  key: `confirm:${staffId}`,
  schedule: confirmationSchedule,
});

// Wrong Basic credentials at the MegaPay API, per address: MegaPay's own servers never send
// them, so ten are plenty for a misconfiguration to show in the log; then the same doubling.
export const megapayAuthSchedule: AttemptSchedule = {
  free: 10,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
