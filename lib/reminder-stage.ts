import { bishkekOffsetMs, dayMs } from "./dates";

// When a signature's reminders go: 30, 7 and 1 days before it expires, in the daytime in Bishkek.

export const reminderStages = [30, 7, 1] as const;
export type ReminderStage = (typeof reminderStages)[number];

// The reminder due now: the nearest stage the time left has reached (1 day left: the 1-day one,
// even if the 7-day one was never sent); null once it has expired or while more than 30 days are
// left.
export function dueReminderStage(validTo: Date, now: Date): ReminderStage | null {
  const left = validTo.getTime() - now.getTime();
  if (left <= 0) return null;
  for (const stage of [...reminderStages].reverse()) if (left <= stage * dayMs) return stage;
  return null;
}

// Reminders wait for the daytime (09:00–20:00 in Bishkek): an SMS at three in the morning wakes
// people, and the office is open to answer the calls a reminder brings.
export function isReminderHour(now: Date): boolean {
  const hour = new Date(now.getTime() + bishkekOffsetMs).getUTCHours();
  return hour >= 9 && hour < 20;
}

// The next moment reminders may go: now in the daytime, else 09:00 in Bishkek that morning or the
// next.
export function nextReminderHour(now: Date): Date {
  if (isReminderHour(now)) return now;
  const local = new Date(now.getTime() + bishkekOffsetMs);
  const nine = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 9) - bishkekOffsetMs;
  return new Date(local.getUTCHours() < 9 ? nine : nine + dayMs);
}
