import { windowStartOf, type WindowCounts } from "@/lib/rate-limit";
import type { Database } from "./database";
import { isUniqueViolation } from "./errors";

export interface CountRequestOptions {
  bucket: string;
  key: string;
  windowMs: number;
  now: number;
}

// The current fixed window of `now` and the one before it.
function windowsOf(now: number, windowMs: number): { windowStart: Date; previousStart: Date } {
  const windowStart = new Date(windowStartOf(now, windowMs));
  return { windowStart, previousStart: new Date(windowStart.getTime() - windowMs) };
}

// Counts one request in the current fixed window of (bucket, key) and returns it with the
// previous window's count. Every app instance counts in the same rows. The increment is one
// statement; two first requests racing to create the row are settled by the primary key.
export async function countRequest(
  db: Database,
  { bucket, key, windowMs, now }: CountRequestOptions,
): Promise<WindowCounts> {
  const { windowStart, previousStart } = windowsOf(now, windowMs);
  let row: { count: number } | undefined;
  for (let attempt = 1; !row; attempt++) {
    try {
      row = await db.rateLimitWindow.upsert({
        where: { bucket_key_windowStart: { bucket, key, windowStart } },
        create: { bucket, key, windowStart, count: 1 },
        update: { count: { increment: 1 } },
        select: { count: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
  const previous = await db.rateLimitWindow.findUnique({
    where: { bucket_key_windowStart: { bucket, key, windowStart: previousStart } },
    select: { count: true },
  });
  // Now and then, windows nobody can count any more go; live ones are never reset.
  if (Math.random() < 1 / 100) {
    await db.rateLimitWindow.deleteMany({ where: { bucket, windowStart: { lt: previousStart } } });
  }
  return { current: row.count, previous: previous?.count ?? 0 };
}

// The counts of the current and previous windows, without counting anything.
export async function readRequestCounts(
  db: Database,
  { bucket, key, windowMs, now }: CountRequestOptions,
): Promise<WindowCounts> {
  const { windowStart, previousStart } = windowsOf(now, windowMs);
  const rows = await db.rateLimitWindow.findMany({
    where: { bucket, key, windowStart: { in: [windowStart, previousStart] } },
    select: { windowStart: true, count: true },
  });
  const countAt = (start: Date) => rows.find((r) => r.windowStart.getTime() === start.getTime())?.count ?? 0;
  return { current: countAt(windowStart), previous: countAt(previousStart) };
}
