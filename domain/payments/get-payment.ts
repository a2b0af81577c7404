import type { StaffActor } from "@/config/staff-roles";
import { encodeOsmpResponse } from "@/lib/osmp/encode-response";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";

export interface GetPaymentOptions {
  db: Database;
  actor: StaffActor;
  paymentId: number;
}

// One payment for the journal's detail: what it paid, who recorded it, and for MegaPay's the
// request as it arrived and the answer we gave. The answer to a recorded pay is fixed by the
// payment (result 0 and its id, to the first request and to every replay), so it is rebuilt
// with the same encoder the API uses rather than stored a second time.
export async function getPayment({ db, actor, paymentId }: GetPaymentOptions) {
  requirePermission(actor, "read", "read payments");
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: {
      client: { select: { inn: true, name: true } },
      invoice: { select: { number: true, applicationId: true } },
      reversedBy: { select: { id: true } },
      // The bank statement's line it was recorded from (the first statement that listed it).
      bankTransfer: {
        select: { lines: { orderBy: { id: "asc" }, take: 1, select: { statementId: true, line: true } } },
      },
    },
  });
  if (!payment) return null;
  const pendingReversal = await db.moneyRequest.findFirst({
    where: { kind: "reversal", paymentId, state: "pending" },
    select: { id: true },
  });
  const recordedBy = payment.recordedById
    ? await db.staffUser.findUnique({
        where: { id: payment.recordedById },
        select: { email: true, name: true },
      })
    : null;
  const answer =
    payment.method === "megapay" && payment.reversesId === null
      ? encodeOsmpResponse({
          txnId: payment.providerTxnId,
          result: 0,
          comment: "OK",
          prvTxn: String(payment.id),
          sumTyiyn: payment.sumTyiyn,
        })
      : null;
  const { bankTransfer, ...rest } = payment;
  return {
    ...rest,
    statementLine: bankTransfer?.lines[0] ?? null,
    recordedBy,
    megapayAnswer: answer,
    pendingReversalId: pendingReversal?.id ?? null,
    // Cash and bank payments are reversed from here (MegaPay's, from reconciliation).
    reversible:
      payment.method !== "megapay" && payment.reversesId === null && !payment.reversedBy && !pendingReversal,
  };
}

export type PaymentDetail = NonNullable<Awaited<ReturnType<typeof getPayment>>>;
