import type { StaffActor } from "@/config/staff-roles";
import { checkInn } from "@/lib/inn";
import { normalizeInvoiceNumber } from "@/lib/invoice-number";
import { linkBankTransfers, runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { MoneyRequestProblem } from "../money-requests/money-request-problems";
import { requestOfficePayment } from "../money-requests/request-office-payment";
import { requirePermission } from "../staff/staff-access";
import { transferPayment, transferReceipt } from "./record-bank-transfer";

// What a person decides for a waiting transfer: the invoice it pays, the client whose SOChI
// balance it tops up, or that it is not ours (a refund to make, a transfer for something else).
export type TransferDecisionInput =
  | { kind: "invoice"; invoiceNumber: string; reason: string }
  | { kind: "soci"; inn: string; reason: string }
  | { kind: "notOurs"; comment: string };

export type DecideBankTransferResult =
  | { ok: true; requestId: number }
  | { ok: true; notOurs: true }
  | { ok: false; problem: "notFound" | "notWaiting" | "invoiceFormat" | "innFormat" | MoneyRequestProblem };

export interface DecideBankTransferOptions {
  db: Database;
  actor: StaffActor;
  transferId: number;
  decision: TransferDecisionInput;
}

// A person's decision on a transfer the matching left waiting (accountants and admins). Assigning it
// to an invoice or a SOChI balance asks for a second person's approval (the request shows exactly
// the payment it would record, through the same ledger, its payment order as the receipt); the
// transfer waits for the decision (list-bank-transfers.ts follows it). "Not ours" is one person's
// decision, with a comment, audited.
export async function decideBankTransfer(
  options: DecideBankTransferOptions,
): Promise<DecideBankTransferResult> {
  const { db, actor, transferId, decision } = options;
  requirePermission(actor, "bankStatements", "decide bank transfers");
  const transfer = await db.bankTransfer.findUnique({ where: { id: transferId } });
  if (!transfer) return { ok: false, problem: "notFound" };
  if (
    transfer.state !== "waiting" ||
    transfer.waitReason === "awaitingApproval" ||
    transfer.waitReason === "matching"
  )
    return { ok: false, problem: "notWaiting" };
  // Recorded already from this very transfer (its receipt carries the transfer's id), by an upload
  // cut off before it could say so: linked now, and nobody decides it again (not ours would be a
  // refund of money the invoice already counts).
  const own = await db.payment.findUnique({
    where: {
      method_receiptNumber: { method: "bank", receiptNumber: transferReceipt(transfer).receiptNumber },
    },
    select: { id: true, sumTyiyn: true, invoiceId: true, clientId: true },
  });
  if (own && own.sumTyiyn === transfer.amountTyiyn) {
    const { invoiceId, clientId } = own;
    await linkBankTransfers(db, [{ transferId, paymentId: own.id, invoiceId, clientId, match: "none" }]);
    return { ok: false, problem: "notWaiting" };
  }
  const decided = { decidedById: actor.id, decidedAt: new Date() };

  if (decision.kind === "notOurs") {
    const changed = await runTransaction(db, async (tx) => {
      const { count } = await tx.bankTransfer.updateMany({
        where: { id: transferId, state: "waiting", waitReason: { notIn: ["awaitingApproval", "matching"] } },
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
  // A person's assignment is money outside the normal path (nothing but a file the company
  // uploaded says it came): it waits for a second person, never the asker nor an uploader.
  const uploads = await db.bankStatementLine.findMany({
    where: { transferId },
    select: { statement: { select: { uploadedById: true } } },
  });
  const { payment, office: officeOfWork } = transferPayment(transfer, target, office, decision.reason);
  const asked = await requestOfficePayment({
    db,
    actor,
    payment,
    office: officeOfWork,
    reason: decision.reason,
    permission: "bankStatements",
    uploadedByIds: [...new Set(uploads.map((u) => u.statement.uploadedById))],
  });
  if (!asked.ok) return { ok: false, problem: asked.problem };
  const outcome = { waitReason: "awaitingApproval", moneyRequestId: asked.requestId };
  const marked = await runTransaction(db, async (tx) => {
    const { count } = await tx.bankTransfer.updateMany({
      where: { id: transferId, state: "waiting", waitReason: { notIn: ["awaitingApproval", "matching"] } },
      data: { ...outcome, ...link, comment: decision.reason, ...decided },
    });
    if (count === 1)
      await recordAuditEvent({
        tx,
        actor,
        action: "bank-transfer.assigned",
        subject: { type: "bank-transfer", id: String(transferId) },
        after: { ...target, ...outcome },
      });
    return count === 1;
  });
  return marked ? { ok: true, requestId: asked.requestId } : { ok: false, problem: "notWaiting" };
}
