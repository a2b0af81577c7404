import { z } from "zod";
import { officeIds } from "@/config/offices";
import { bishkekDayEnd, bishkekDayStart } from "@/lib/dates";
import { readSearchText } from "../staff/search-text";
import { applicationStages } from "./application-stage";

// The applications list's filters as they travel in the URL; anything malformed is dropped.
const day = z
  .string()
  .optional()
  .transform((v) => (v && bishkekDayStart(v) ? v : undefined));

export const applicationFilterSchema = z.object({
  stage: z.enum(applicationStages).optional().catch(undefined),
  office: z.enum(officeIds).optional().catch(undefined),
  from: day,
  to: day,
  q: z.string().optional().transform(readSearchText),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type ApplicationFilter = z.output<typeof applicationFilterSchema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readApplicationFilter(
  params: Record<string, string | string[] | undefined>,
): ApplicationFilter {
  return applicationFilterSchema.parse(
    Object.fromEntries(["stage", "office", "from", "to", "q", "before"].map((k) => [k, first(params[k])])),
  );
}

export function dayRange(from: string | undefined, to: string | undefined) {
  return {
    ...(from ? { gte: bishkekDayStart(from)! } : {}),
    ...(to ? { lt: bishkekDayEnd(to)! } : {}),
  };
}
