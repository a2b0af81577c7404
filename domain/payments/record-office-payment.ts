import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { AfterRecord } from "@/domain/megapay/record-payment";
import { OsmpResult } from "@/lib/osmp/result-codes";
import { isUniqueViolation, type Database, type PaymentSource } from "@/server/db";
import { requireOfficeWork, requireRole } from "../staff/staff-access";
import type { ValidOfficePayment } from "./office-payment-schema";

export type OfficePaymentProblem =
  | { field: "account"; code: "accountNotFound" | "notConnected" | "invoiceCancelled" }
  | { field: "amount"; code: "sumTooSmall" | "sumTooLarge" }
  | { field: "receiptNumber"; code: "receiptUsed" };

export type RecordOfficePaymentResult =
  { ok: true; paymentId: number; replayed: boolean } | { ok: false; problem: OfficePaymentProblem };

export interface RecordOfficePaymentOptions {
  db: Database;
  actor: StaffActor;
  payment: ValidOfficePayment;
  limits: SociLimits;
}

const refused = (problem: OfficePaymentProblem): RecordOfficePaymentResult => ({ ok: false, problem });

// Cash taken at the till or a bank transfer, recorded by staff through the same exactly-once
// ledger as MegaPay's payments: the receipt (or payment-order) number is the txn_id, so the same
// receipt sent twice is recorded once, and the same rules apply (an invoice is paid first and
// the rest goes to the client's balance; «СОчИ» only for clients connected to SOChI, within the
// same limits). A receipt number already used with this method for anything else is refused.
// Operators record payments for their own office's invoices; a SOChI top-up belongs to the
// office where the money was taken.
export async function recordOfficePayment({
  db,
  actor,
  payment,
  limits,
}: RecordOfficePaymentOptions): Promise<RecordOfficePaymentResult> {
  requireRole(actor, ["admin", "operator"], "record payments");
  let office: string = actor.role === "operator" ? actor.office! : payment.office;
  if (payment.service === "eds") {
    const invoice = await db.invoice.findUnique({
      where: { number: payment.account },
      select: { office: true },
    });
    if (!invoice) return refused({ field: "account", code: "accountNotFound" });
    office = invoice.office ?? office;
  }
  requireOfficeWork(actor, office, "record payments");

  const earlier = await db.payment.findUnique({
    where: { method_receiptNumber: { method: payment.method, receiptNumber: payment.receiptNumber } },
    select: { id: true, service: true, account: true, sumTyiyn: true },
  });
  if (earlier) {
    const same =
      earlier.service === payment.service &&
      earlier.account === payment.account &&
      earlier.sumTyiyn === payment.amount;
    return same
      ? { ok: true, paymentId: earlier.id, replayed: true }
      : refused({ field: "receiptNumber", code: "receiptUsed" });
  }

  const source: PaymentSource = {
    method: payment.method,
    receiptNumber: payment.receiptNumber,
    office,
    recordedById: actor.id,
  };
  const request = {
    txnId: `${payment.method}:${payment.receiptNumber}`,
    account: payment.account,
    sumTyiyn: payment.amount,
    txnDate: payment.paidOn,
  };
  const afterRecord: AfterRecord = (ledger, paymentId) =>
    ledger.insertAuditEvent({
      actorId: actor.id,
      actorEmail: actor.email,
      action: "payment.recorded",
      subjectType: "payment",
      subjectId: String(paymentId),
      after: JSON.stringify({ ...payment, office }),
    });
  let outcome;
  try {
    outcome =
      payment.service === "soci"
        ? await recordSociPayment({ db, request, limits, source, afterRecord })
        : await recordEdsPayment({ db, request, source, afterRecord });
  } catch (error) {
    // The same receipt recorded meanwhile for something else.
    if (isUniqueViolation(error)) return refused({ field: "receiptNumber", code: "receiptUsed" });
    throw error;
  }
  switch (outcome.result) {
    case OsmpResult.ok:
      return { ok: true, paymentId: Number(outcome.prvTxn), replayed: false };
    case OsmpResult.accountNotFound: {
      if (payment.service === "eds") return refused({ field: "account", code: "accountNotFound" });
      const client = await db.client.findUnique({ where: { inn: payment.account }, select: { id: true } });
      return refused({ field: "account", code: client ? "notConnected" : "accountNotFound" });
    }
    case OsmpResult.paymentNotAllowed:
      return refused({ field: "account", code: "invoiceCancelled" });
    case OsmpResult.sumTooSmall:
      return refused({ field: "amount", code: "sumTooSmall" });
    case OsmpResult.sumTooLarge:
      return refused({ field: "amount", code: "sumTooLarge" });
    case OsmpResult.otherError:
      // The same receipt, meanwhile recorded with another account or sum.
      return refused({ field: "receiptNumber", code: "receiptUsed" });
    default:
      throw new Error(`unexpected ledger answer ${outcome.result}: ${outcome.comment}`);
  }
}
