import { z } from "zod";
import { officeIds } from "@/config/offices";
import { bishkekDayEnd, bishkekDayStart } from "@/lib/dates";
import { parseSomInput } from "./office-payment-schema";

// The journal's filters as they travel in the URL (so that a view can be bookmarked and
// exported): days in Bishkek time, a service, and one search box for a txn_id, an INN or an
// invoice number. Anything malformed is dropped rather than refused: it is a filter.
const day = z
  .string()
  .optional()
  .transform((v) => (v && bishkekDayStart(v) ? v : undefined));

export const paymentJournalFilterSchema = z.object({
  from: day,
  to: day,
  service: z.enum(["soci", "eds"]).optional().catch(undefined),
  method: z.enum(["megapay", "cash", "bank"]).optional().catch(undefined),
  office: z.enum(officeIds).optional().catch(undefined),
  // An exact amount in som ("1510,50").
  amount: z
    .string()
    .optional()
    .transform((v) => (v ? (parseSomInput(v) ?? undefined) : undefined)),
  q: z
    .string()
    .optional()
    .transform((v) => {
      const digits = (v ?? "").replace(/[\s-]/g, "");
      if (/^\d{1,20}$/.test(digits)) return digits;
      // A receipt or payment-order number staff recorded (letters, digits, "-", "/").
      const receipt = (v ?? "").replace(/\s+/g, "").toUpperCase();
      return /^[\p{L}\p{N}/-]{1,40}$/u.test(receipt) ? receipt : undefined;
    }),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export type PaymentJournalFilter = z.output<typeof paymentJournalFilterSchema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readPaymentJournalFilter(
  params: Record<string, string | string[] | undefined>,
): PaymentJournalFilter {
  return paymentJournalFilterSchema.parse({
    from: first(params.from),
    to: first(params.to),
    service: first(params.service),
    method: first(params.method),
    office: first(params.office),
    amount: first(params.amount),
    q: first(params.q),
    before: first(params.before),
  });
}

// The time range the days stand for: [from's start, to's end).
export function journalRange(filter: PaymentJournalFilter): { gte?: Date; lt?: Date } {
  return {
    ...(filter.from ? { gte: bishkekDayStart(filter.from)! } : {}),
    ...(filter.to ? { lt: bishkekDayEnd(filter.to)! } : {}),
  };
}
