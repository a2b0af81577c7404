import type { Database, PaymentSource } from "@/server/db";
import type { PaymentResult } from "./payment-result";
import { megapaySource, recordPayment, type AfterRecord, type PaymentRequest } from "./record-payment";
import { sociSumProblem, type SociLimits } from "./soci-limits";

export interface RecordSociPaymentOptions {
  db: Database;
  request: PaymentRequest;
  limits: SociLimits;
  // MegaPay unless staff record cash or a bank transfer.
  source?: PaymentSource;
  afterRecord?: AfterRecord;
}

// «СОчИ» pay: credits the sum to the SOChI balance of the client with this INN, if the company
// has connected that client to SOChI (MegaPay is told result 5 either way).
export function recordSociPayment({
  db,
  request,
  limits,
  source = megapaySource(),
  afterRecord,
}: RecordSociPaymentOptions): Promise<PaymentResult> {
  return recordPayment({
    db,
    service: "soci",
    request,
    source,
    afterRecord,
    async findTarget(ledger) {
      const client = await ledger.findSociClient(request.account);
      if (!client) return "accountNotFound";
      if (!client.sociConnected) return "notConnected";
      const clientId = client.id;
      const problem = sociSumProblem(request.sumTyiyn, limits);
      if (problem === "too-small") return "sumTooSmall";
      if (problem === "too-large") return "sumTooLarge";
      return { clientId, invoiceId: null };
    },
    async apply(ledger, paymentId, target) {
      await ledger.creditBalance({
        clientId: target.clientId,
        amountTyiyn: request.sumTyiyn,
        reason: `${source.method}_soci_topup`,
        paymentId,
      });
    },
  });
}
