import { z } from "zod";
import { officeIds } from "@/config/offices";
import { bishkekDayOf, bishkekDayStart, dayMs, parseDay } from "@/lib/dates";
import { checkInn } from "@/lib/inn";
import { normalizeInvoiceNumber } from "@/lib/invoice-number";
import { parseDecimalSom } from "@/lib/money";
import { foldReceiptNumber } from "@/lib/receipt-number";
import { problemsByField } from "../staff/form-problems";
import { staffCommentSchema } from "../staff/staff-comment-schema";

// A payment staff record (cash at the till, a bank transfer), as posted by the form. Each
// problem is a code for its field (words in messages office.recordPayment.errors.<code>).
export const officePaymentMethods = ["cash", "bank"] as const;

// "1 510,50", "1510.5", "1510" → tyiyn; a positive amount, in som with at most two decimals.
export function parseSomInput(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const tyiyn = parseDecimalSom(compact);
  return tyiyn !== null && tyiyn > 0 ? tyiyn : null;
}

// The same with a sign ("-500" debits): a balance adjustment, never zero.
export function parseSignedSomInput(text: string): number | null {
  const trimmed = text.trim();
  const negative = trimmed.startsWith("-") || trimmed.startsWith("\u2212");
  const tyiyn = parseSomInput(negative ? trimmed.slice(1) : trimmed.replace(/^\+/, ""));
  return tyiyn === null ? null : negative ? -tyiyn : tyiyn;
}

const problem = (ctx: z.RefinementCtx, code: string, path: string) => {
  ctx.addIssue({ code: "custom", message: code, path: [path] });
  return z.NEVER;
};

const statementReceiptShape = /\/\d{8}\/\d+$/;

export const officePaymentSchema = (today: Date = new Date()) =>
  z
    .object({
      service: z.enum(["soci", "eds"], { error: "choice" }),
      account: z.string().max(100, { error: "accountFormat" }),
      amount: z.string().transform((v, ctx) => parseSomInput(v) ?? problem(ctx, "amountFormat", "amount")),
      method: z.enum(officePaymentMethods, { error: "choice" }),
      // What is printed on the receipt or the payment order: letters, digits, "-" and "/".
      receiptNumber: z
        .string()
        .transform((v) => v.replace(/\s+/g, ""))
        .pipe(
          z
            .string()
            .min(1, { error: "required" })
            .max(40, { error: "tooLong" })
            .regex(/^[\p{L}\p{N}/-]+$/u, { error: "receiptFormat" }),
        ),
      paidOn: z.string().transform((v, ctx) => {
        const day = v.trim() ? parseDay(v) : bishkekDayOf(today);
        const start = day && bishkekDayStart(day);
        if (!day || !start) return problem(ctx, "dateFormat", "paidOn");
        if (day > bishkekDayOf(today)) return problem(ctx, "dateInFuture", "paidOn");
        // A bank statement's transfers are told apart from payments already recorded within 31
        // days of their date (find-listed-transfer.ts): an older day, a wrong year typed by
        // mistake or on purpose, would let the statement's transfer be credited again.
        if (day < bishkekDayOf(new Date(today.getTime() - maxPaidDaysAgo * dayMs)))
          return problem(ctx, "dateTooOld", "paidOn");
        return start;
      }),
      office: z.enum(officeIds, { error: "choice" }),
      // Only for what one person may not record alone (more than is due, a SOChI sum outside
      // MegaPay's limits): why, and the payment then waits for a second person's approval.
      approvalReason: z
        .string()
        .optional()
        .transform((v, ctx) => {
          if (!v?.trim()) return null;
          const reason = staffCommentSchema.safeParse(v);
          return reason.success
            ? reason.data
            : problem(ctx, reason.error.issues[0]!.message, "approvalReason");
        }),
    })
    .transform(({ receiptNumber: typed, ...value }, ctx) => {
      // One paper receipt typed on two keyboards is one receipt: compared folded, shown as typed.
      const receipt = { receiptNumber: foldReceiptNumber(typed), receiptShown: typed };
      // The shape of a statement's own receipts (order/yyyymmdd/transfer id,
      // domain/bank-statements/record-bank-transfer.ts): typed in by hand, it would take a waiting
      // transfer's place, and the statement would count it as recorded.
      if (value.method === "bank" && statementReceiptShape.test(receipt.receiptNumber))
        return problem(ctx, "receiptReserved", "receiptNumber");
      if (value.service === "soci") {
        const inn = checkInn(value.account);
        if (!inn.ok) return problem(ctx, "innFormat", "account");
        return { ...value, ...receipt, account: inn.inn };
      }
      const number = normalizeInvoiceNumber(value.account);
      if (!number) return problem(ctx, "invoiceFormat", "account");
      return { ...value, ...receipt, account: number };
    });

export type ValidOfficePayment = z.output<ReturnType<typeof officePaymentSchema>>;

// Every problem the form can have (messages office.recordPayment.errors.<code>), the schema's
// and recordOfficePayment's.
// How far back a payment's day may be typed (the bank statement's matching window).
export const maxPaidDaysAgo = 31;

export const officePaymentProblems = [
  "choice",
  "required",
  "tooLong",
  "accountFormat",
  "innFormat",
  "invoiceFormat",
  "amountFormat",
  "receiptFormat",
  "receiptReserved",
  "dateFormat",
  "dateInFuture",
  "dateTooOld",
  "accountNotFound",
  "notConnected",
  "invoiceCancelled",
  "invoicePaid",
  "invoiceChanged",
  "aboveDue",
  "sumTooSmall",
  "sumTooLarge",
  "receiptUsed",
  "inStatement",
  "notAllowed",
  "commentRequired",
  "badCharacters",
] as const;

// The first problem of each field.
export const officePaymentProblemsOf = (error: z.ZodError) =>
  problemsByField(error, officePaymentProblems, "required");
