import { z } from "zod";
import { bishkekDayEnd, bishkekDayStart, parseDay } from "@/lib/dates";
import { officeIds } from "@/config/offices";

// The back office's lists keep their filters in the URL (a view can be bookmarked and
// exported). Each list describes its filters as a zod object whose fields drop anything
// malformed (it is a filter, not a form); this reads the URL's values through it.
export type UrlParams = Record<string, string | string[] | undefined>;

export function readUrlFilter<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  params: UrlParams,
): z.output<z.ZodObject<Shape>> {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return schema.parse(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, first(params[key])])));
}

// A day in Bishkek, typed "26.11.2026" (or "2026-11-26"), as the "from" and "to" of a filter:
// "2026-11-26".
export const dayParam = z
  .string()
  .optional()
  .transform((v) => (v && parseDay(v)) || undefined);

// An office asked for in a URL, or none (both).
export const officeParam = z.enum(officeIds).optional().catch(undefined);

// Where the next (older) page of a keyset-paged list starts.
export const beforeParam = z.coerce.number().int().positive().optional().catch(undefined);

// The time range [from's start, to's end) that the days stand for, as a Prisma filter.
export function dayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: bishkekDayStart(from)! } : {}),
    ...(to ? { lt: bishkekDayEnd(to)! } : {}),
  };
}
