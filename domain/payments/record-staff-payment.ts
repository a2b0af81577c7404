import type { StaffActor } from "@/config/staff-roles";
import type { StaffPermission } from "@/config/staff-permissions";
import { ledgerAuditEvent } from "../audit/record-audit-event";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { AfterRecord } from "@/domain/megapay/record-payment";
import type { PaymentRefusal } from "@/domain/megapay/payment-result";
import type { MoneyRequestProblem } from "../money-requests/money-request-problems";
import { requestOfficePayment } from "../money-requests/request-office-payment";
import { isUniqueViolation, type Database, type PaymentSource } from "@/server/db";
import type { ValidOfficePayment } from "./office-payment-schema";

export type OfficePaymentProblem =
  | {
      field: "account";
      code: "accountNotFound" | "notConnected" | "invoiceCancelled" | "invoicePaid" | "invoiceChanged";
    }
  | { field: "amount"; code: "sumTooSmall" | "sumTooLarge" | "aboveDue" }
  | { field: "receiptNumber"; code: "receiptUsed" | "inStatement" };

export type RecordStaffPaymentResult =
  | { ok: true; paymentId: number; replayed: boolean }
  // Beyond what one person may record, with a reason given: a request waits for approval.
  | { ok: true; requestId: number }
  | { ok: false; problem: OfficePaymentProblem };

// Refusals that a second person may overrule: the money really came (a bank transfer larger
// than the invoice, a client who paid twice, a SOChI sum outside MegaPay's limits).
const requestable: PaymentRefusal[] = ["aboveDue", "invoicePaid", "sumTooSmall", "sumTooLarge"];

export interface RecordStaffPaymentOptions {
  db: Database;
  actor: StaffActor;
  payment: ValidOfficePayment;
  // Where the money was taken (the invoice's office for an EDS payment).
  office: string;
  limits: SociLimits;
  // What allowed the caller to record it (already checked): the till's office work, or the bank
  // statements' accountants; a request for approval is asked under the same.
  permission: Extract<StaffPermission, "officeWork" | "bankStatements">;
  // The receipt is made for this one payment (a statement's transfer, whose id it carries): no
  // need to look for an earlier use of it (a replay is the ledger's, by txn_id; the database's
  // unique receipt number still refuses a clash).
  ownReceipt?: boolean;
}

const refused = (problem: OfficePaymentProblem): RecordStaffPaymentResult => ({ ok: false, problem });

// A payment staff record (cash at the till, a bank transfer typed in or read from a statement)
// through the same exactly-once ledger as MegaPay's payments: the receipt (or payment-order)
// number is the txn_id, so the same receipt sent twice is recorded once, and the same rules apply
// (an invoice is paid first and the rest goes to the client's balance; «СОчИ» only for clients
// connected to SOChI, within the same limits). A receipt number already used with this method for
// anything else is refused. What one person may not record alone becomes a request for approval
// when a reason is given.
export async function recordStaffPayment({
  db,
  actor,
  payment,
  office,
  limits,
  permission,
  ownReceipt = false,
}: RecordStaffPaymentOptions): Promise<RecordStaffPaymentResult> {
  const earlier = ownReceipt
    ? null
    : await db.payment.findUnique({
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
    receiptShown: payment.receiptShown,
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
    ledger.insertAuditEvent(
      ledgerAuditEvent(actor, {
        action: "payment.recorded",
        subject: { type: "payment", id: String(paymentId) },
        after: { ...payment, office },
      }),
    );
  let result;
  try {
    result =
      payment.service === "soci"
        ? await recordSociPayment({ db, request, limits, source, afterRecord })
        : await recordEdsPayment({ db, request, source, afterRecord, upToDue: true });
  } catch (error) {
    // The same receipt recorded meanwhile for something else.
    if (isUniqueViolation(error)) return refused({ field: "receiptNumber", code: "receiptUsed" });
    throw error;
  }
  if (result.status !== "refused")
    return { ok: true, paymentId: result.paymentId, replayed: result.status === "replayed" };
  if (payment.approvalReason && requestable.includes(result.refusal)) {
    const asked = await requestOfficePayment({
      db,
      actor,
      payment,
      office,
      reason: payment.approvalReason,
      permission,
    });
    if (asked.ok) return asked;
    return refused(requestProblemOf[asked.problem] ?? problemOf[result.refusal]);
  }
  return refused(problemOf[result.refusal]);
}

// Why the request itself could not be made (the rest cannot happen after the ledger's checks).
const requestProblemOf: Partial<Record<MoneyRequestProblem, OfficePaymentProblem>> = {
  receiptUsed: { field: "receiptNumber", code: "receiptUsed" },
  accountNotFound: { field: "account", code: "accountNotFound" },
  notConnected: { field: "account", code: "notConnected" },
  invoiceCancelled: { field: "account", code: "invoiceCancelled" },
};

const problemOf: Record<PaymentRefusal, OfficePaymentProblem> = {
  accountNotFound: { field: "account", code: "accountNotFound" },
  notConnected: { field: "account", code: "notConnected" },
  invoiceCancelled: { field: "account", code: "invoiceCancelled" },
  invoicePaid: { field: "account", code: "invoicePaid" },
  aboveDue: { field: "amount", code: "aboveDue" },
  sumTooSmall: { field: "amount", code: "sumTooSmall" },
  sumTooLarge: { field: "amount", code: "sumTooLarge" },
  // The same receipt, meanwhile recorded with another account or sum.
  txnConflict: { field: "receiptNumber", code: "receiptUsed" },
  invoiceChanged: { field: "account", code: "invoiceChanged" },
};
