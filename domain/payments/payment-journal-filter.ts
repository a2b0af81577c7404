import { z } from "zod";
import { officeIds } from "@/config/offices";
import { beforeParam, dayParam, dayRange, readUrlFilter, type UrlParams } from "../staff/url-filter";
import { parseSomInput } from "./office-payment-schema";

// The journal's filters as they travel in the URL (so that a view can be bookmarked and
// exported): days in Bishkek time, a service, and one search box for a txn_id, an INN or an
// invoice number. Anything malformed is dropped rather than refused: it is a filter.
export const paymentJournalFilterSchema = z.object({
  from: dayParam,
  to: dayParam,
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
  before: beforeParam,
});

export type PaymentJournalFilter = z.output<typeof paymentJournalFilterSchema>;

export const readPaymentJournalFilter = (params: UrlParams): PaymentJournalFilter =>
  readUrlFilter(paymentJournalFilterSchema, params);

// The time range the days stand for: [from's start, to's end).
export const journalRange = (filter: PaymentJournalFilter) => dayRange(filter.from, filter.to);
