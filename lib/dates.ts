// Dates as people in Kyrgyzstan read them: DD.MM.YYYY in Asia/Bishkek time (UTC+6, no DST).
const bishkekOffsetMs = 6 * 60 * 60 * 1000;

export function formatBishkekDate(date: Date): string {
  const local = new Date(date.getTime() + bishkekOffsetMs);
  const dd = String(local.getUTCDate()).padStart(2, "0");
  const mm = String(local.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${local.getUTCFullYear()}`;
}
