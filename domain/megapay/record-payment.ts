import type { OsmpService } from "@/lib/osmp/parse-request";
import {
  isUniqueViolation,
  runPaymentUnit,
  type Database,
  type PaymentLedger,
  type PaymentSource,
} from "@/server/db";
import { paymentResult, type PaymentRefusal, type PaymentResult } from "./payment-result";

export interface PaymentRequest {
  txnId: string;
  account: string;
  sumTyiyn: number;
  txnDate: Date;
}

// Where a payment came from: MegaPay (its request kept for the journal), or staff recording cash
// taken at the till or a bank transfer (the receipt or payment-order number is then the txn_id).
export const megapaySource = (providerRequest?: string): PaymentSource => ({
  method: "megapay",
  providerRequest: providerRequest ?? null,
});

export interface PaymentTarget {
  clientId: number;
  invoiceId: number | null;
  // The office of the invoice paid, if any.
  office?: string | null;
}

export interface RecordPaymentOptions<T extends PaymentTarget> {
  db: Database;
  service: OsmpService;
  request: PaymentRequest;
  source: PaymentSource;
  // Reads (and locks) what the payment goes to, or says why it cannot be paid. Writes nothing.
  findTarget: (ledger: PaymentLedger) => Promise<T | PaymentRefusal>;
  // Applies the recorded payment: ledger entries, invoice state.
  apply: (ledger: PaymentLedger, paymentId: number, target: T) => Promise<void>;
  // Anything else written with a new payment (a staff-recorded payment's audit event).
  afterRecord?: AfterRecord;
}

export type AfterRecord = (ledger: PaymentLedger, paymentId: number) => Promise<void>;

async function recordOnce<T extends PaymentTarget>(
  ledger: PaymentLedger,
  options: RecordPaymentOptions<T>,
): Promise<PaymentResult> {
  const { service, request } = options;
  // Both reads at once (one round trip less for a new payment); a recorded txn_id is answered
  // from the stored payment whatever its target reads now.
  const [earlier, target] = await Promise.all([
    ledger.findPayment(service, request.txnId),
    options.findTarget(ledger),
  ]);
  if (earlier) {
    if (earlier.account !== request.account || earlier.sumTyiyn !== request.sumTyiyn) {
      return paymentResult.refused("txnConflict");
    }
    return paymentResult.replayed(earlier.id);
  }
  if (typeof target === "string") return paymentResult.refused(target);
  const { source } = options;
  const paymentId = await ledger.insertPayment({
    ...(source.method === "megapay" ? { ...source, office: target.office ?? null } : source),
    service,
    providerTxnId: request.txnId,
    account: request.account,
    sumTyiyn: request.sumTyiyn,
    providerTxnAt: request.txnDate,
    clientId: target.clientId,
    invoiceId: target.invoiceId,
  });
  // The receipt (and the office's notice) go out later, from the outbox: never in this path.
  // Written before the balance and invoice change, which lock their rows until the commit.
  await ledger.insertPaymentNotification(paymentId);
  await options.apply(ledger, paymentId, target);
  await options.afterRecord?.(ledger, paymentId);
  return paymentResult.recorded(paymentId);
}

// Records a payment exactly once per (service, txn_id). The payment, its ledger entries and the
// invoice change commit together or not at all. A replay of a recorded txn_id answers with the
// stored payment (`replayed`, its id) and records nothing; when
// several requests with one txn_id race, the unique constraint lets one insert win and the
// others, retried, find it and replay it.
export async function recordPayment<T extends PaymentTarget>(
  options: RecordPaymentOptions<T>,
): Promise<PaymentResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runPaymentUnit(options.db, (ledger) => recordOnce(ledger, options));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
