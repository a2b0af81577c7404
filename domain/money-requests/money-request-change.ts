// What a money request would change, exactly, and the state it was asked against: stored as JSON
// on the request (MoneyRequest.change), written by the request-*.ts operations and read back
// through these schemas, so that the page shows, and approval applies, the same thing.
import { z } from "zod";

const tyiyn = z.number().int();
const invoiceState = z.object({
  id: z.number().int(),
  number: z.string(),
  amountTyiyn: tyiyn,
  paidTyiyn: tyiyn,
  status: z.enum(["awaiting", "partly_paid", "paid", "cancelled"]),
});
export type InvoiceState = z.infer<typeof invoiceState>;

const client = z.object({ id: z.number().int(), inn: z.string(), name: z.string() });

// Where a payment's money goes: to the invoice, and what is left to the client's balance.
const split = z.object({ toInvoiceTyiyn: tyiyn, toBalanceTyiyn: tyiyn });

export const officePaymentChange = z.object({
  kind: z.literal("officePayment"),
  service: z.enum(["soci", "eds"]),
  method: z.enum(["cash", "bank"]),
  account: z.string(),
  sumTyiyn: tyiyn,
  receiptNumber: z.string(),
  receiptShown: z.string(),
  paidOn: z.iso.datetime(),
  office: z.string(),
  client,
  // The invoice as it was when asked (EDS only); approval is refused if it moved.
  invoice: invoiceState.nullable(),
  split,
  // A bank statement's transfer: who uploaded the statements that list it. Like a registry's
  // uploader, they may not approve what their file asks for.
  uploadedByIds: z.array(z.string()).optional(),
});

export const registryPaymentChange = z.object({
  kind: z.literal("registryPayment"),
  itemId: z.number().int(),
  runId: z.number().int(),
  line: z.number().int().nullable(),
  service: z.enum(["soci", "eds"]),
  txnId: z.string(),
  account: z.string(),
  sumTyiyn: tyiyn,
  txnAt: z.iso.datetime(),
  // Who uploaded the registry: they may not approve what their file asks for.
  uploadedById: z.string(),
  client,
  invoice: invoiceState.nullable(),
  split,
});

export const balanceAdjustmentChange = z.object({
  kind: z.literal("balanceAdjustment"),
  client,
  amountTyiyn: tyiyn,
  // The balance when asked; approval is refused if it moved.
  balanceTyiyn: tyiyn,
});

export const reversalChange = z.object({
  kind: z.literal("reversal"),
  payment: z.object({
    id: z.number().int(),
    service: z.enum(["soci", "eds"]),
    method: z.enum(["megapay", "cash", "bank"]),
    account: z.string(),
    sumTyiyn: tyiyn,
    reference: z.string(),
    office: z.string().nullable(),
  }),
  client,
  // The invoice as it was when asked and what goes back to due on it.
  invoice: invoiceState.nullable(),
  fromInvoiceTyiyn: tyiyn,
  // The balance when asked and what is debited from it.
  balanceTyiyn: tyiyn,
  fromBalanceTyiyn: tyiyn,
  // Set when the request comes from a reconciliation item (a MegaPay payment never made), with
  // who uploaded that registry (they may not approve it).
  reconciliationItemId: z.number().int().nullable(),
  uploadedById: z.string().nullable(),
});

export const moneyRequestChange = z.discriminatedUnion("kind", [
  officePaymentChange,
  registryPaymentChange,
  balanceAdjustmentChange,
  reversalChange,
]);
export type MoneyRequestChange = z.infer<typeof moneyRequestChange>;
export type ChangeOf<K extends MoneyRequestChange["kind"]> = Extract<MoneyRequestChange, { kind: K }>;

export const readChange = (json: string): MoneyRequestChange => moneyRequestChange.parse(JSON.parse(json));

// What is missing for a reversal to be applied: the balance no longer holds what it would debit.
export const reversalShortfall = (change: ChangeOf<"reversal">) =>
  Math.max(change.fromBalanceTyiyn - change.balanceTyiyn, 0);

// Who supplied the evidence a request rests on (a registry's or a bank statement's uploader):
// involved, like the asker, so never the approver.
export function uploadersOf(change: MoneyRequestChange): string[] {
  return [
    ...("uploadedById" in change && change.uploadedById ? [change.uploadedById] : []),
    ...("uploadedByIds" in change ? (change.uploadedByIds ?? []) : []),
  ];
}
