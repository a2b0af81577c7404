import type { StaffActor } from "@/config/staff-roles";
import { checkInn } from "@/lib/inn";
import { normalizeInvoiceNumber } from "@/lib/invoice-number";
import { runTransaction, type Database } from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { OfficePaymentProblem } from "../payments/record-staff-payment";
import { requirePermission } from "../staff/staff-access";
import { recordBankTransfer } from "./record-bank-transfer";

// What a person decides for a waiting transfer: the invoice it pays, the client whose SOChI
// balance it tops up, or that it is not ours (a refund to make, a transfer for something else).
export type TransferDecisionInput =
  | { kind: "invoice"; invoiceNumber: string; approvalReason: string | null }
  | { kind: "soci"; inn: string; approvalReason: string | null }
  | { kind: "notOurs"; comment: string };

export type DecideBankTransferResult =
  | { ok: true; paymentId: number }
  | { ok: true; requestId: number }
  | { ok: true; notOurs: true }
  | {
      ok: false;
      problem: "notFound" | "notWaiting" | "invoiceFormat" | "innFormat" | OfficePaymentProblem["code"];
    };

export interface DecideBankTransferOptions {
  db: Database;
  actor: StaffActor;
  transferId: number;
  decision: TransferDecisionInput;
  limits: SociLimits;
}

// A person's decision on a transfer the matching left waiting (accountants and admins). Assigning
// records it through the same ledger as every payment, as a bank payment with its payment order as
// the receipt; what one person may not record alone (more than is due, a paid invoice, a SOChI sum
// outside the limits) becomes a request for a second person's approval when a reason is given, and
// the transfer waits for it. Audited either way.
export async function decideBankTransfer(
  options: DecideBankTransferOptions,
): Promise<DecideBankTransferResult> {
  const { db, actor, transferId, decision, limits } = options;
  requirePermission(actor, "bankStatements", "decide bank transfers");
  const transfer = await db.bankTransfer.findUnique({ where: { id: transferId } });
  if (!transfer) return { ok: false, problem: "notFound" };
  if (transfer.state !== "waiting" || transfer.waitReason === "awaitingApproval")
    return { ok: false, problem: "notWaiting" };
  const decided = { decidedById: actor.id, decidedAt: new Date() };

  if (decision.kind === "notOurs") {
    const changed = await runTransaction(db, async (tx) => {
      const { count } = await tx.bankTransfer.updateMany({
        where: { id: transferId, state: "waiting" },
        data: { state: "notOurs", waitReason: null, comment: decision.comment, ...decided },
      });
      if (count === 1)
        await recordAuditEvent({
          tx,
          actor,
          action: "bank-transfer.not-ours",
          subject: { type: "bank-transfer", id: String(transferId) },
          after: { comment: decision.comment },
        });
      return count === 1;
    });
    return changed ? { ok: true, notOurs: true } : { ok: false, problem: "notWaiting" };
  }

  let target: { service: "eds"; invoiceNumber: string } | { service: "soci"; inn: string };
  let office: string | null = null;
  let link: { invoiceId: number | null; clientId: number | null };
  if (decision.kind === "invoice") {
    const number = normalizeInvoiceNumber(decision.invoiceNumber);
    const invoice = number
      ? await db.invoice.findUnique({ where: { number }, select: { id: true, clientId: true, office: true } })
      : null;
    if (!number) return { ok: false, problem: "invoiceFormat" };
    if (!invoice) return { ok: false, problem: "accountNotFound" };
    target = { service: "eds", invoiceNumber: number };
    office = invoice.office;
    link = { invoiceId: invoice.id, clientId: invoice.clientId };
  } else {
    const inn = checkInn(decision.inn);
    if (!inn.ok) return { ok: false, problem: "innFormat" };
    const client = await db.client.findUnique({
      where: { inn: inn.inn },
      select: { id: true, applications: { orderBy: { id: "desc" }, take: 1, select: { office: true } } },
    });
    if (!client) return { ok: false, problem: "accountNotFound" };
    target = { service: "soci", inn: inn.inn };
    // A transfer reaches no till: the office of the client's latest application.
    office = client.applications[0]?.office ?? null;
    link = { invoiceId: null, clientId: client.id };
  }
  const result = await recordBankTransfer({
    db,
    actor,
    transfer,
    target,
    office,
    limits,
    approvalReason: decision.approvalReason,
  });
  if (!result.ok) return { ok: false, problem: result.problem.code };
  const outcome =
    "paymentId" in result
      ? { state: "recorded" as const, waitReason: null, paymentId: result.paymentId, moneyRequestId: null }
      : {
          state: "waiting" as const,
          waitReason: "awaitingApproval",
          paymentId: null,
          moneyRequestId: result.requestId,
        };
  await runTransaction(db, async (tx) => {
    await tx.bankTransfer.update({
      where: { id: transferId },
      data: { ...outcome, ...link, comment: decision.approvalReason, ...decided },
    });
    await recordAuditEvent({
      tx,
      actor,
      action: "bank-transfer.assigned",
      subject: { type: "bank-transfer", id: String(transferId) },
      after: { ...target, ...outcome },
    });
  });
  return "paymentId" in result
    ? { ok: true, paymentId: result.paymentId }
    : { ok: true, requestId: result.requestId };
}
