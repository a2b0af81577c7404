import { applyInvoicePayment } from "@/domain/megapay/apply-invoice-payment";
import { isValidInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";
import type { InvoiceState } from "./money-request-change";
import type { MoneyRequestProblem } from "./money-request-problems";

export interface ReadPaymentTargetOptions {
  db: Database;
  service: "soci" | "eds";
  // An invoice number (EDS) or an INN (SOChI).
  account: string;
  sumTyiyn: number;
}

export type PaymentTarget =
  | {
      ok: true;
      client: { id: number; inn: string; name: string };
      // The invoice as it is now (EDS only): what approval expects to find.
      invoice: InvoiceState | null;
      split: { toInvoiceTyiyn: number; toBalanceTyiyn: number };
    }
  | { ok: false; problem: MoneyRequestProblem };

// What a payment asked for approval would go to, as it stands now: an EDS invoice that is not
// cancelled (its client, and how much would pay it and how much go to the balance), or a client
// connected to SOChI (all to the balance). The ledger checks the same again when it records.
export async function readPaymentTarget({
  db,
  service,
  account,
  sumTyiyn,
}: ReadPaymentTargetOptions): Promise<PaymentTarget> {
  let invoice: InvoiceState | null = null;
  let clientId: number;
  if (service === "eds") {
    const found = isValidInvoiceNumber(account)
      ? await db.invoice.findUnique({
          where: { number: account },
          select: {
            id: true,
            number: true,
            amountTyiyn: true,
            paidTyiyn: true,
            status: true,
            clientId: true,
          },
        })
      : null;
    if (!found) return { ok: false, problem: "accountNotFound" };
    if (found.status === "cancelled") return { ok: false, problem: "invoiceCancelled" };
    const { clientId: owner, ...state } = found;
    invoice = state;
    clientId = owner;
  } else {
    const found = await db.client.findUnique({
      where: { inn: account },
      select: { id: true, sociConnected: true },
    });
    if (!found) return { ok: false, problem: "accountNotFound" };
    if (!found.sociConnected) return { ok: false, problem: "notConnected" };
    clientId = found.id;
  }
  const client = await db.client.findUniqueOrThrow({
    where: { id: clientId },
    select: { id: true, inn: true, name: true },
  });
  const { toInvoiceTyiyn, toBalanceTyiyn } = invoice
    ? applyInvoicePayment(invoice, sumTyiyn)
    : { toInvoiceTyiyn: 0, toBalanceTyiyn: sumTyiyn };
  return { ok: true, client, invoice, split: { toInvoiceTyiyn, toBalanceTyiyn } };
}
