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
export function recordSociPayment({ db, request, limits }: RecordSociPaymentOptions): Promise<MegapayOutcome> {
  return recordPayment({
    db,
    service: "soci",
    request,
    async findTarget(tx) {
      const client = await tx.client.findUnique({ where: { inn: request.account }, select: { id: true } });
      if (!client) return outcome.accountNotFound();
      const problem = sociSumProblem(request.sumTyiyn, limits);
      if (problem === "too-small") return outcome.sumTooSmall();
      if (problem === "too-large") return outcome.sumTooLarge();
      return { clientId: client.id, invoiceId: null };
    },
    async apply(tx, paymentId, target) {
      await tx.balanceEntry.create({
        data: { clientId: target.clientId, amountTyiyn: request.sumTyiyn, reason: "megapay_soci_topup", paymentId },
      });
      await tx.client.update({ where: { id: target.clientId }, data: { balanceTyiyn: { increment: request.sumTyiyn } } });
    },
  });
}
