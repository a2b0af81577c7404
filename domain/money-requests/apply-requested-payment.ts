import type { StaffActor } from "@/config/staff-roles";
import { ledgerAuditEvent } from "../audit/record-audit-event";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { megapaySource, type AfterRecord } from "@/domain/megapay/record-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import type { PaymentRefusal, PaymentResult } from "@/domain/megapay/payment-result";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { Database, PaymentSource } from "@/server/db";
import type { ChangeOf } from "./money-request-change";
import type { MoneyRequestProblem } from "./money-request-problems";

export interface ApplyRequestedPaymentOptions {
  db: Database;
  actor: StaffActor;
  requestId: number;
  requestedById: string;
  change: ChangeOf<"officePayment"> | ChangeOf<"registryPayment">;
  // MegaPay's limits, for a registry line (MegaPay itself would have refused outside them).
  limits: SociLimits;
}

// Beyond what one person may record, once approved: no limit but the request itself.
const approvedLimits: SociLimits = { minTyiyn: 1, maxTyiyn: Number.MAX_SAFE_INTEGER };

export const problemOfRefusal: Record<PaymentRefusal, MoneyRequestProblem> = {
  accountNotFound: "accountNotFound",
  notConnected: "notConnected",
  invoiceCancelled: "invoiceCancelled",
  invoicePaid: "invoiceChanged",
  aboveDue: "invoiceChanged",
  invoiceChanged: "invoiceChanged",
  sumTooSmall: "sumTooSmall",
  sumTooLarge: "sumTooLarge",
  txnConflict: "receiptUsed",
};

// An approved payment request, recorded through the same exactly-once ledger as every payment:
// a cash or bank payment under its receipt number, a registry line under MegaPay's txn_id (so
// that MegaPay's own pay, if it ever comes, replays it). The invoice must be as the request
// showed it, checked on the locked row. Recording it again (after a crash between the approval
// and the payment) replays the payment.
export async function applyRequestedPayment(options: ApplyRequestedPaymentOptions): Promise<PaymentResult> {
  const { db, actor, requestId, requestedById, change, limits } = options;
  const afterRecord: AfterRecord = (ledger, paymentId) =>
    ledger.insertAuditEvent(
      ledgerAuditEvent(actor, {
        action: "payment.recorded",
        subject: { type: "payment", id: String(paymentId) },
        after: { requestId, requestedById, kind: change.kind },
      }),
    );
  const office = change.kind === "officePayment";
  const source: PaymentSource = office
    ? {
        method: change.method,
        receiptNumber: change.receiptNumber,
        receiptShown: change.receiptShown,
        office: change.office,
        recordedById: requestedById,
      }
    : megapaySource(`registry: reconciliation ${change.runId}, line ${change.line}`);
  const request = office
    ? {
        txnId: `${change.method}:${change.receiptNumber}`,
        account: change.account,
        sumTyiyn: change.sumTyiyn,
        txnDate: new Date(change.paidOn),
      }
    : {
        txnId: change.txnId,
        account: change.account,
        sumTyiyn: change.sumTyiyn,
        txnDate: new Date(change.txnAt),
      };
  return change.service === "eds"
    ? recordEdsPayment({
        db,
        request,
        source,
        afterRecord,
        expectInvoice: change.invoice ?? undefined,
      })
    : recordSociPayment({ db, request, source, afterRecord, limits: office ? approvedLimits : limits });
}
