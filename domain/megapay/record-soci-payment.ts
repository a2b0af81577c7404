import type { Database } from "@/server/db";
import { outcome, type MegapayOutcome } from "./megapay-outcome";
import { recordPayment, type PaymentRequest } from "./record-payment";
import { sociSumProblem, type SociLimits } from "./soci-limits";

export interface RecordSociPaymentOptions {
  db: Database;
  request: PaymentRequest;
  limits: SociLimits;
}

// «СОчИ» pay: credits the sum to the SOChI balance of the client with this INN.
export function recordSociPayment({
  db,
  request,
  limits,
}: RecordSociPaymentOptions): Promise<MegapayOutcome> {
  return recordPayment({
    db,
    service: "soci",
    request,
    async findTarget(ledger) {
      const clientId = await ledger.findClientIdByInn(request.account);
      if (clientId === null) return outcome.accountNotFound();
      const problem = sociSumProblem(request.sumTyiyn, limits);
      if (problem === "too-small") return outcome.sumTooSmall();
      if (problem === "too-large") return outcome.sumTooLarge();
      return { clientId, invoiceId: null };
    },
    async apply(ledger, paymentId, target) {
      await ledger.creditBalance({
        clientId: target.clientId,
        amountTyiyn: request.sumTyiyn,
        reason: "megapay_soci_topup",
        paymentId,
      });
    },
  });
}
