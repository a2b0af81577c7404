import { z } from "zod";
import { staffCommentProblems, staffCommentSchema } from "../staff/staff-comment-schema";
import type { TransferDecisionInput } from "./decide-bank-transfer";

// The queue's form: what a person decides for a waiting transfer, the invoice number or INN it
// goes to, and a comment (required for "not ours"; for an assignment, the reason a second person
// reads when it needs approval, else optional).
export const transferDecisionSchema = z
  .object({
    transferId: z.coerce.number().int().positive(),
    decision: z.enum(["invoice", "soci", "notOurs"], { error: "choice" }),
    target: z.string().max(40, { error: "tooLong" }),
    comment: z.string(),
  })
  .transform(
    (
      { transferId, decision, target, comment },
      ctx,
    ): { transferId: number; decision: TransferDecisionInput } => {
      const written = staffCommentSchema.safeParse(comment);
      if (decision === "notOurs") {
        if (!written.success) {
          ctx.addIssue({ code: "custom", message: written.error.issues[0]!.message, path: ["comment"] });
          return z.NEVER;
        }
        return { transferId, decision: { kind: "notOurs", comment: written.data } };
      }
      if (comment.trim() && !written.success) {
        ctx.addIssue({ code: "custom", message: written.error.issues[0]!.message, path: ["comment"] });
        return z.NEVER;
      }
      const approvalReason = written.success ? written.data : null;
      return decision === "invoice"
        ? { transferId, decision: { kind: "invoice", invoiceNumber: target, approvalReason } }
        : { transferId, decision: { kind: "soci", inn: target, approvalReason } };
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
  "aboveDue",
  "sumTooSmall",
  "sumTooLarge",
  "receiptUsed",
  "notAllowed",
  "unavailable",
] as const;
