import { z } from "zod";
import { staffCommentProblems, staffCommentSchema } from "../staff/staff-comment-schema";
import type { TransferDecisionInput } from "./decide-bank-transfer";

// The queue's form: what a person decides for a waiting transfer, the invoice number or INN it
// goes to, and a comment (for "not ours", why; for an assignment, the reason a second person reads
// before approving it).
export const transferDecisionSchema = z
  .object({
    transferId: z.coerce.number().int().positive(),
    decision: z.enum(["invoice", "soci", "notOurs"], { error: "choice" }),
    target: z.string().max(40, { error: "tooLong" }),
    comment: staffCommentSchema,
  })
  .transform(
    ({ transferId, decision, target, comment }): { transferId: number; decision: TransferDecisionInput } => {
      if (decision === "notOurs") return { transferId, decision: { kind: "notOurs", comment } };
      return decision === "invoice"
        ? { transferId, decision: { kind: "invoice", invoiceNumber: target, reason: comment } }
        : { transferId, decision: { kind: "soci", inn: target, reason: comment } };
    },
  );

// Every problem the queue's form can show (messages office.bank.errors.<code>).
export const transferDecisionProblems = [
  ...staffCommentProblems,
  "choice",
  "notFound",
  "notWaiting",
  "invoiceFormat",
  "innFormat",
  "accountNotFound",
  "notConnected",
  "invoiceCancelled",
  "invoicePaid",
  "invoiceChanged",
  "pendingExists",
  "sumTooSmall",
  "sumTooLarge",
  "receiptUsed",
  "notAllowed",
  "unavailable",
] as const;
