// What an incoming transfer pays, by the rules in order: a valid invoice number in the
// purpose; else the payer's INN and an amount equal to what is due on exactly one awaiting invoice
// of that client; else, for a client connected to SOChI whose purpose mentions SOChI, a top-up
// proposal; else nothing. Only an invoice paid at most up to what is due is recorded by itself:
// everything else waits for a person (transfer-wait-reasons.ts says why).
import { invoiceNumbersIn, mentionsSoci } from "@/lib/bank-statement/transfer-purpose";
import type { TransferWaitReason } from "./transfer-wait-reasons";

export type TransferMatch = "invoiceNumber" | "innAndAmount" | "sociTopUp" | "none";

export interface MatchableInvoice {
  id: number;
  number: string;
  clientId: number;
  status: "awaiting" | "partly_paid" | "paid" | "cancelled";
  dueTyiyn: number;
  office: string | null;
  // Whose invoice it is: a transfer naming it from another payer waits for a person.
  buyerInn: string;
}

export interface MatchableClient {
  id: number;
  sociConnected: boolean;
  // Its invoices still awaiting payment (in full or in part).
  open: MatchableInvoice[];
}

export interface MatchLookups {
  invoicesByNumber: ReadonlyMap<string, MatchableInvoice>;
  clientsByInn: ReadonlyMap<string, MatchableClient>;
  // The payment code the company uses, which a SOChI top-up's purpose may carry.
  paymentCode: string;
}

export type TransferDecision =
  | { record: true; match: "invoiceNumber" | "innAndAmount"; invoice: MatchableInvoice }
  | {
      record: false;
      match: TransferMatch;
      reason: TransferWaitReason;
      invoiceId: number | null;
      clientId: number | null;
    };

export interface MatchableTransfer {
  amountTyiyn: number;
  payerInn: string | null;
  purpose: string;
}

const wait = (
  match: TransferMatch,
  reason: TransferWaitReason,
  ids: { invoiceId?: number | null; clientId?: number | null } = {},
): TransferDecision => ({
  record: false,
  match,
  reason,
  invoiceId: ids.invoiceId ?? null,
  clientId: ids.clientId ?? null,
});

function byInvoice(transfer: MatchableTransfer, invoice: MatchableInvoice): TransferDecision {
  const ids = { invoiceId: invoice.id, clientId: invoice.clientId };
  if (invoice.status === "cancelled") return wait("invoiceNumber", "invoiceCancelled", ids);
  if (invoice.status === "paid" || invoice.dueTyiyn <= 0) return wait("invoiceNumber", "invoicePaid", ids);
  if (transfer.amountTyiyn > invoice.dueTyiyn) return wait("invoiceNumber", "overpayment", ids);
  // Someone else's INN on an order naming this invoice: a parent company paying for its branch,
  // or a purpose copied wrongly (or written into a file by hand); a person looks first.
  if (transfer.payerInn !== null && transfer.payerInn !== invoice.buyerInn)
    return wait("invoiceNumber", "payerDiffers", ids);
  return { record: true, match: "invoiceNumber", invoice };
}

export function matchTransfer(transfer: MatchableTransfer, lookups: MatchLookups): TransferDecision {
  const invoices = invoiceNumbersIn(transfer.purpose).flatMap((n) => lookups.invoicesByNumber.get(n) ?? []);
  if (invoices.length === 1) return byInvoice(transfer, invoices[0]!);
  if (invoices.length > 1) return wait("invoiceNumber", "severalInvoices");
  const client = transfer.payerInn ? lookups.clientsByInn.get(transfer.payerInn) : undefined;
  if (!client) return wait("none", "unmatched");
  const due = client.open.filter((invoice) => invoice.dueTyiyn === transfer.amountTyiyn);
  if (due.length === 1) return { record: true, match: "innAndAmount", invoice: due[0]! };
  if (client.sociConnected && mentionsSoci(transfer.purpose, lookups.paymentCode))
    return wait("sociTopUp", "sociProposal", { clientId: client.id });
  return wait("none", due.length > 1 ? "severalInvoices" : "unmatched", { clientId: client.id });
}
