import type { TransactionClient } from "./database";
import type { PaymentLedger } from "./payment-ledger";

export function prismaPaymentLedger(tx: TransactionClient): PaymentLedger {
  return {
    describeClient: (inn) => tx.client.findUnique({ where: { inn }, select: { inn: true, kind: true, name: true } }),
    describeInvoice: (number) =>
      tx.invoice.findUnique({
        where: { number },
        select: { status: true, amountTyiyn: true, paidTyiyn: true, client: { select: { inn: true, kind: true, name: true } } },
      }),
    findPayment: (service, providerTxnId) =>
      tx.payment.findUnique({
        where: { service_providerTxnId: { service, providerTxnId } },
        select: { id: true, account: true, sumTyiyn: true },
      }),
    async findClientIdByInn(inn) {
      return (await tx.client.findUnique({ where: { inn }, select: { id: true } }))?.id ?? null;
    },
    async lockInvoice(number) {
      // An update that changes nothing takes the row lock; the read after it sees the latest
      // committed state.
      const locked = await tx.invoice.updateMany({ where: { number }, data: { paidTyiyn: { increment: 0 } } });
      if (locked.count === 0) return null;
      return tx.invoice.findUniqueOrThrow({
        where: { number },
        select: { id: true, clientId: true, amountTyiyn: true, paidTyiyn: true, status: true },
      });
    },
    async insertPayment(payment) {
      return (await tx.payment.create({ data: payment, select: { id: true } })).id;
    },
    async creditBalance({ clientId, amountTyiyn, reason, paymentId }) {
      await tx.balanceEntry.create({ data: { clientId, amountTyiyn, reason, paymentId } });
      await tx.client.update({ where: { id: clientId }, data: { balanceTyiyn: { increment: amountTyiyn } } });
    },
    async updateInvoicePayment(invoiceId, { paidTyiyn, status, paidAt }) {
      await tx.invoice.update({ where: { id: invoiceId }, data: { paidTyiyn, status, ...(paidAt ? { paidAt } : {}) } });
    },
  };
}
