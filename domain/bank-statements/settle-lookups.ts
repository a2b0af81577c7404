// What settling a statement's transfers reads before it decides (settle-bank-transfers.ts): the
// transfers themselves, the invoices and clients they may pay, payments typed in by hand for the
// same payment orders, and transfers an earlier statement listed that may be the same ones.
import { invoiceNumbersIn } from "@/lib/bank-statement/transfer-purpose";
import { dayMs } from "@/lib/dates";
import { inSlices, nextTurn } from "@/lib/next-turn";
import { foldReceiptNumber } from "@/lib/receipt-number";
import type { Database } from "@/server/db";
import { getBankDetails } from "../settings/bank-details";
import type { MatchableInvoice, MatchLookups } from "./match-transfer";
import { transferReceipt, type BankTransferRow } from "./record-bank-transfer";

// Rows a query asks for at once: Prisma's engine works on the event loop, a few milliseconds for
// this many, and a turn of the loop follows each (MegaPay's pays go on meanwhile).
const slice = 100;

export type Pending = BankTransferRow & {
  payerInn: string | null;
  payerAccount: string | null;
  purpose: string;
};

const openStates = ["awaiting", "partly_paid"] as const;

export async function loadLookups(db: Database, pending: Pending[]): Promise<MatchLookups> {
  // Checking every purpose's numbers took 50 ms at once for a year's statement: 2,000 purposes
  // (about 5 ms) at a time.
  const found = new Set<string>();
  await inSlices(pending, 2000, async (part) => {
    for (const t of part) for (const n of invoiceNumbersIn(t.purpose)) found.add(n);
  });
  const numbers = [...found];
  const inns = [...new Set(pending.flatMap((t) => (t.payerInn ? [t.payerInn] : [])))];
  const select = {
    id: true,
    number: true,
    clientId: true,
    status: true,
    amountTyiyn: true,
    paidTyiyn: true,
    office: true,
    buyerInn: true,
  };
  const asMatchable = (i: {
    id: number;
    number: string;
    clientId: number;
    status: MatchableInvoice["status"];
    amountTyiyn: number;
    paidTyiyn: number;
    office: string | null;
    buyerInn: string;
  }): MatchableInvoice => ({
    id: i.id,
    number: i.number,
    clientId: i.clientId,
    status: i.status,
    dueTyiyn: i.status === "cancelled" ? 0 : Math.max(0, i.amountTyiyn - i.paidTyiyn),
    office: i.office,
    buyerInn: i.buyerInn,
  });
  const invoicesByNumber = new Map<string, MatchableInvoice>();
  await inSlices(numbers, slice, async (part) => {
    for (const invoice of await db.invoice.findMany({ where: { number: { in: part } }, select }))
      invoicesByNumber.set(invoice.number, asMatchable(invoice));
  });
  const clientsByInn = new Map<string, { id: number; sociConnected: boolean; open: MatchableInvoice[] }>();
  await inSlices(inns, slice, async (part) => {
    for (const client of await db.client.findMany({
      where: { inn: { in: part } },
      select: {
        id: true,
        inn: true,
        sociConnected: true,
        invoices: { where: { status: { in: [...openStates] } }, select },
      },
    }))
      clientsByInn.set(client.inn, {
        id: client.id,
        sociConnected: client.sociConnected,
        open: client.invoices.map(asMatchable),
      });
  });
  return { invoicesByNumber, clientsByInn, paymentCode: (await getBankDetails(db)).paymentCode };
}

// The payment order's number as the record-a-payment form keeps a receipt number.
export const orderNumber = (t: { number: string }) => foldReceiptNumber(t.number.replace(/\s+/g, ""));

// How far from a transfer's day a payment typed in by hand for it may be dated (a statement
// dates a transfer by the order or by its posting).
export const month = 31 * dayMs;
const week = 7 * dayMs;

// Bank payments typed in by hand (not from a statement) with these transfers' payment-order
// numbers: a transfer that is one of them is linked to it, not recorded again.

export interface TypedInPayment {
  id: number;
  receiptNumber: string | null;
  account: string;
  sumTyiyn: number;
  invoiceId: number | null;
  clientId: number | null;
  client: { inn: string } | null;
}

// The earliest and the latest of the transfers' days (a spread of 20,000 arguments is a copy).
function daysOf(pending: Pending[]) {
  let [earliest, latest] = [Infinity, -Infinity];
  for (const t of pending) {
    earliest = Math.min(earliest, t.date.getTime());
    latest = Math.max(latest, t.date.getTime());
  }
  return { earliest, latest };
}

// Grouped by a key: each transfer compares with the few of its own order number, not with all
// (a year's statement against last year's has 20,000 of each).
function groupedBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

// By the receipt number they were typed in with (the transfer's orderNumber).
export async function loadTypedIn(db: Database, pending: Pending[]): Promise<Map<string, TypedInPayment[]>> {
  const { earliest, latest } = daysOf(pending);
  const found: TypedInPayment[] = [];
  // The order numbers folded a slice at a time too: 20,000 at once held the event loop for 80 ms.
  const asked = new Set<string>();
  await inSlices(pending, slice, async (transfers) => {
    const part = [...new Set(transfers.map(orderNumber))].filter((n) => !asked.has(n));
    if (part.length === 0) return;
    for (const n of part) asked.add(n);
    found.push(
      ...(await db.payment.findMany({
        // Typed in within a month of the transfers' days, never reversed nor a reversal.
        where: {
          method: "bank",
          receiptNumber: { in: part },
          bankTransfer: { is: null },
          reversesId: null,
          reversedBy: { is: null },
          providerTxnAt: { gte: new Date(earliest - month), lte: new Date(latest + month) },
        },
        select: {
          id: true,
          receiptNumber: true,
          account: true,
          sumTyiyn: true,
          invoiceId: true,
          clientId: true,
          client: { select: { inn: true } },
        },
      })),
    );
  });
  return groupedBy(found, (p) => p.receiptNumber ?? "");
}

// Transfers an earlier statement listed under another identity that may be this one: the same
// order number and amount from the same payer (INN or account) within a week. One bank's table
// dates a transfer by its posting and leaves out the payer's account, its 1C file by the order's
// date with the account: the same transfer, two identities. Such a one waits for a person
// instead of being recorded again.

export type LookAlike = Pick<Pending, "id" | "number" | "date" | "amountTyiyn" | "payerInn" | "payerAccount">;

export function looksAlike(other: LookAlike, t: Pending): boolean {
  return (
    other.id !== t.id &&
    other.number === t.number &&
    other.amountTyiyn === t.amountTyiyn &&
    Math.abs(other.date.getTime() - t.date.getTime()) <= week &&
    ((t.payerInn !== null && other.payerInn === t.payerInn) ||
      (t.payerAccount !== null && other.payerAccount === t.payerAccount))
  );
}

// By order number.
export async function loadLookAlikes(db: Database, pending: Pending[]): Promise<Map<string, LookAlike[]>> {
  const numbers = [...new Set(pending.map((t) => t.number))];
  const { earliest, latest } = daysOf(pending);
  const ids = new Set(pending.map((t) => t.id));
  const found: LookAlike[] = [];
  await inSlices(numbers, slice, async (part) => {
    for (const other of await db.bankTransfer.findMany({
      where: {
        number: { in: part },
        date: { gte: new Date(earliest - week), lte: new Date(latest + week) },
      },
      select: { id: true, number: true, date: true, amountTyiyn: true, payerInn: true, payerAccount: true },
    }))
      if (!ids.has(other.id)) found.push(other);
  });
  return groupedBy(found, (t) => t.number);
}

// The statement's transfers not yet matched, by id in slices: a relation filter ("has a line of
// this statement") made the query engine check every waiting transfer, 17 s for 20,000.
export async function loadPendingTransfers(db: Database, statementId: number): Promise<Pending[]> {
  // The lines a page at a time: the query engine works on the event loop, and 20,000 lines at
  // once held it for 120 ms; a page of 1,000 two-number rows is a few milliseconds.
  const lines: number[] = [];
  for (let after = 0; ;) {
    const page = await db.bankStatementLine.findMany({
      where: { statementId, line: { gt: after } },
      select: { line: true, transferId: true },
      orderBy: { line: "asc" },
      take: 1000,
    });
    lines.push(...page.map((l) => l.transferId));
    if (page.length < 1000) break;
    after = page.at(-1)!.line;
    await nextTurn();
  }
  const ids = [...new Set(lines)].sort((a, b) => a - b);
  const pending: Pending[] = [];
  await inSlices(ids, slice, async (part) => {
    pending.push(
      ...(await db.bankTransfer.findMany({
        where: { id: { in: part }, state: "waiting", waitReason: "matching" },
        select: {
          id: true,
          number: true,
          date: true,
          receivedOn: true,
          amountTyiyn: true,
          payerInn: true,
          payerAccount: true,
          purpose: true,
        },
        orderBy: { id: "asc" },
      })),
    );
  });
  return pending;
}

// Payments already recorded from these very transfers (their receipts carry the transfer's id):
// an upload cut off before its outcomes were written, or another statement listing the same
// transfer that recorded it meanwhile. Such a transfer is linked to its payment, never matched
// again (the invoice would look paid by itself, and the transfer would wait as an overpayment).
export async function loadOwnPayments(db: Database, pending: Pending[]) {
  const own = new Map<number, { id: number; invoiceId: number | null; clientId: number | null }>();
  // The receipts a slice at a time: 20,000 at once held the event loop for 140 ms.
  await inSlices(pending, slice, async (transfers) => {
    const receipts = new Map(transfers.map((t) => [transferReceipt(t).receiptNumber, t]));
    for (const p of await db.payment.findMany({
      where: { method: "bank", receiptNumber: { in: [...receipts.keys()] } },
      select: { id: true, receiptNumber: true, sumTyiyn: true, invoiceId: true, clientId: true },
    })) {
      const t = receipts.get(p.receiptNumber!)!;
      // Of the transfer's whole amount, as a statement records it (anything else with its receipt
      // is not its payment: the transfer is matched, and its receipt then makes it wait).
      if (p.sumTyiyn === t.amountTyiyn)
        own.set(t.id, { id: p.id, invoiceId: p.invoiceId, clientId: p.clientId });
    }
  });
  return own;
}
