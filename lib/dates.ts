// Dates as people in Kyrgyzstan read them: DD.MM.YYYY in Asia/Bishkek time (UTC+6, no DST).
// The project's one copy of each: import them rather than writing 60 * 60 * 1000 again.
export const hourMs = 60 * 60 * 1000;
export const dayMs = 24 * hourMs;
export const bishkekOffsetMs = 6 * hourMs;

export function formatBishkekDate(date: Date): string {
  const local = new Date(date.getTime() + bishkekOffsetMs);
  const dd = String(local.getUTCDate()).padStart(2, "0");
  const mm = String(local.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${local.getUTCFullYear()}`;
}

// "2026-11-26" → the instant that day starts in Bishkek, or null for anything else.
export function bishkekDayStart(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date)
    return null;
  return new Date(utc - bishkekOffsetMs);
}

// The instant the day after `day` starts in Bishkek (an exclusive end).
export function bishkekDayEnd(day: string): Date | null {
  const start = bishkekDayStart(day);
  return start && new Date(start.getTime() + dayMs);
}

// A day as people type it in a form or a link: "26.11.2026" (also "26/11/2026", or "2026-11-26"
// as older links and the filters' own links carry it) → "2026-11-26", or null for anything else,
// an impossible date included. Date fields are plain text in dd.mm.yyyy: a browser's date picker
// shows the day in the browser's language (mm/dd/yyyy in an English one).
export function parseDay(text: string): string | null {
  const t = text.trim();
  // Dots as people write it; a slash or a dash typed instead is read the same way.
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}` : t;
  return bishkekDayStart(iso) ? iso : null;
}

// "2026-11-26" → "26.11.2026", as a date field shows it.
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : day;
}

// "26.11.2026 15:04" in Bishkek time.
export function formatBishkekDateTime(date: Date): string {
  const local = new Date(date.getTime() + bishkekOffsetMs);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(local.getUTCDate())}.${p(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
}

// The ISO form of a Bishkek day ("2026-11-26") of an instant.
export function bishkekDayOf(date: Date): string {
  return new Date(date.getTime() + bishkekOffsetMs).toISOString().slice(0, 10);
}

// A day asked for in a URL ("26.11.2026" or "2026-11-26") as "2026-11-26", or today in Bishkek
// when it is missing or no day.
export function bishkekDayOrToday(asked: unknown, now: Date = new Date()): string {
  return (typeof asked === "string" && parseDay(asked)) || bishkekDayOf(now);
}

// A date and time as a registry or a spreadsheet writes it, in Bishkek time: "2026-11-25 14:03",
// "2026-11-25T14:03:05", "25.11.2026 14:03:05", or OSMP's "20261125140305". Null for anything
// else, an impossible date included.
export function parseBishkekDateTime(text: string): Date | null {
  const t = text.trim();
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(t) ??
    /^(\d{2})\.(\d{2})\.(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t)?.map((v, i, a) =>
      // Day first: reorder to year, month, day.
      i === 1 ? a[3]! : i === 3 ? a[1]! : v,
    ) ??
    /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  );
  const start = bishkekDayStart(
    `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
  if (!start || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(start.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
}

// Yesterday in Bishkek ("2026-11-25" on the 26th): the day whose registry MegaPay sends.
export function bishkekYesterday(now: Date = new Date()): string {
  return bishkekDayOf(new Date(now.getTime() - dayMs));
}
