import type { StaffActor } from "@/config/staff-roles";
import { invoiceNumbersIn } from "@/lib/bank-statement/transfer-purpose";
import { foldReceiptNumber } from "@/lib/receipt-number";
import { linkBankTransfers, type BankTransferLink, type Database } from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { OfficePaymentProblem } from "../payments/record-staff-payment";
import { getBankDetails } from "../settings/bank-details";
import {
  matchTransfer,
  type MatchableInvoice,
  type MatchLookups,
  type TransferMatch,
} from "./match-transfer";
import { recordBankTransfer, type BankTransferRow } from "./record-bank-transfer";
import type { TransferWaitReason } from "./transfer-wait-reasons";

export interface SettleBankTransfersOptions {
  db: Database;
  actor: StaffActor;
  limits: SociLimits;
  statementId: number;
}

const chunk = 500;
// Transfers recorded at once: their units share the ledger's group commits with MegaPay's pays,
// which wait behind at most this many.
const parallel = 32;

type Pending = BankTransferRow & { payerInn: string | null; payerAccount: string | null; purpose: string };

const openStates = ["awaiting", "partly_paid"] as const;

async function loadLookups(db: Database, pending: Pending[]): Promise<MatchLookups> {
  const numbers = [...new Set(pending.flatMap((t) => invoiceNumbersIn(t.purpose)))];
  const inns = [...new Set(pending.flatMap((t) => (t.payerInn ? [t.payerInn] : [])))];
  const select = {
    id: true,
    number: true,
    clientId: true,
    status: true,
    amountTyiyn: true,
    paidTyiyn: true,
    office: true,
  };
  const asMatchable = (i: {
    id: number;
    number: string;
    clientId: number;
    status: MatchableInvoice["status"];
    amountTyiyn: number;
    paidTyiyn: number;
    office: string | null;
  }): MatchableInvoice => ({
    id: i.id,
    number: i.number,
    clientId: i.clientId,
    status: i.status,
    dueTyiyn: i.status === "cancelled" ? 0 : Math.max(0, i.amountTyiyn - i.paidTyiyn),
    office: i.office,
  });
  const invoicesByNumber = new Map<string, MatchableInvoice>();
  for (let i = 0; i < numbers.length; i += chunk)
    for (const invoice of await db.invoice.findMany({
      where: { number: { in: numbers.slice(i, i + chunk) } },
      select,
    }))
      invoicesByNumber.set(invoice.number, asMatchable(invoice));
  const clientsByInn = new Map<string, { id: number; sociConnected: boolean; open: MatchableInvoice[] }>();
  for (let i = 0; i < inns.length; i += chunk)
    for (const client of await db.client.findMany({
      where: { inn: { in: inns.slice(i, i + chunk) } },
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
  return { invoicesByNumber, clientsByInn, paymentCode: (await getBankDetails(db)).paymentCode };
}

// The payment order's number as the record-a-payment form keeps a receipt number.
const orderNumber = (t: { number: string }) => foldReceiptNumber(t.number.replace(/\s+/g, ""));

// Bank payments typed in by hand (not from a statement) with these transfers' payment-order
// numbers: a transfer that is one of them is linked to it, not recorded again.
const month = 31 * 24 * 60 * 60 * 1000;

async function loadTypedIn(db: Database, pending: Pending[]) {
  const numbers = [...new Set(pending.map(orderNumber))];
  const days = pending.map((t) => t.date.getTime());
  const [earliest, latest] = [Math.min(...days), Math.max(...days)];
  const found = [];
  for (let i = 0; i < numbers.length; i += chunk)
    found.push(
      ...(await db.payment.findMany({
        // Typed in within a month of the transfers' days, never reversed nor a reversal.
        where: {
          method: "bank",
          receiptNumber: { in: numbers.slice(i, i + chunk) },
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
  return found;
}

// Transfers an earlier statement listed under another identity that may be this one: the same
// order number and amount from the same payer (INN or account) within a week. One bank's table
// dates a transfer by its posting and leaves out the payer's account, its 1C file by the order's
// date with the account: the same transfer, two identities. Such a one waits for a person
// instead of being recorded again.
const week = 7 * 24 * 60 * 60 * 1000;

type LookAlike = Pick<Pending, "id" | "number" | "date" | "amountTyiyn" | "payerInn" | "payerAccount">;

function looksAlike(other: LookAlike, t: Pending): boolean {
  return (
    other.id !== t.id &&
    other.number === t.number &&
    other.amountTyiyn === t.amountTyiyn &&
    Math.abs(other.date.getTime() - t.date.getTime()) <= week &&
    ((t.payerInn !== null && other.payerInn === t.payerInn) ||
      (t.payerAccount !== null && other.payerAccount === t.payerAccount))
  );
}

async function loadLookAlikes(db: Database, pending: Pending[]): Promise<LookAlike[]> {
  const numbers = [...new Set(pending.map((t) => t.number))];
  const days = pending.map((t) => t.date.getTime());
  const [earliest, latest] = [Math.min(...days), Math.max(...days)];
  const ids = new Set(pending.map((t) => t.id));
  const found: LookAlike[] = [];
  for (let i = 0; i < numbers.length; i += chunk)
    for (const other of await db.bankTransfer.findMany({
      where: {
        number: { in: numbers.slice(i, i + chunk) },
        date: { gte: new Date(earliest - week), lte: new Date(latest + week) },
      },
      select: { id: true, number: true, date: true, amountTyiyn: true, payerInn: true, payerAccount: true },
    }))
      if (!ids.has(other.id)) found.push(other);
  return found;
}

const waitReasonOf: Partial<Record<OfficePaymentProblem["code"], TransferWaitReason>> = {
  invoicePaid: "invoicePaid",
  aboveDue: "overpayment",
  invoiceCancelled: "invoiceCancelled",
};

// What becomes of each transfer, written afterwards in few statements (a year's statement has
// some 20,000): linked to a payment (recorded now, or typed in by hand before), or waiting with a
// reason (the same few reasons for most, so one statement per reason and 500 transfers).
interface Outcomes {
  links: (BankTransferLink & { match: "invoiceNumber" | "innAndAmount" | "none" })[];
  waits: Map<string, number[]>;
}

function waitKey(data: {
  match: TransferMatch;
  waitReason: TransferWaitReason;
  invoiceId: number | null;
  clientId: number | null;
}) {
  return JSON.stringify(data);
}

// Only transfers still "matching" are written (the links first, on the same condition).
async function writeOutcomes(db: Database, { links, waits }: Outcomes) {
  await linkBankTransfers(db, links);
  for (const match of ["invoiceNumber", "innAndAmount", "none"] as const) {
    const ids = links.filter((l) => l.match === match).map((l) => l.transferId);
    for (let i = 0; i < ids.length; i += chunk)
      await db.bankTransfer.updateMany({
        where: { id: { in: ids.slice(i, i + chunk) }, waitReason: "matching" },
        data: { state: "recorded", match, waitReason: null },
      });
  }
  for (const [key, ids] of waits)
    for (let i = 0; i < ids.length; i += chunk)
      await db.bankTransfer.updateMany({
        where: { id: { in: ids.slice(i, i + chunk) }, waitReason: "matching" },
        data: JSON.parse(key),
      });
}

// Matches the statement's transfers that are not yet matched (match-transfer.ts) and records the
// ones that pay an invoice up to what is due; the rest wait with the reason. A transfer already
// typed in by hand as a bank payment (its payment order's number, the invoice and the amount) is
// linked to that payment instead of being recorded again. A crash before the outcomes are written
// leaves the transfers "matching": the same file uploaded again settles them, and the payments
// already recorded replay (their receipts carry the transfer's id).
export async function settleBankTransfers({ db, actor, limits, statementId }: SettleBankTransfersOptions) {
  const pending: Pending[] = await db.bankTransfer.findMany({
    where: { state: "waiting", waitReason: "matching", lines: { some: { statementId } } },
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
  });
  if (pending.length === 0) return;
  const lookups = await loadLookups(db, pending);
  const typedIn = await loadTypedIn(db, pending);
  const lookAlikes = await loadLookAlikes(db, pending);
  const outcomes: Outcomes = { links: [], waits: new Map() };
  const wait = (t: Pending, data: Parameters<typeof waitKey>[0]) => {
    const key = waitKey(data);
    const ids = outcomes.waits.get(key);
    if (ids) ids.push(t.id);
    else outcomes.waits.set(key, [t.id]);
  };
  const settle = async (t: Pending) => {
    const byHand = typedIn.find(
      (p) =>
        p.receiptNumber === orderNumber(t) &&
        p.sumTyiyn === t.amountTyiyn &&
        (invoiceNumbersIn(t.purpose).includes(p.account) ||
          (t.payerInn !== null && p.client?.inn === t.payerInn)),
    );
    if (byHand) {
      typedIn.splice(typedIn.indexOf(byHand), 1);
      outcomes.links.push({
        transferId: t.id,
        paymentId: byHand.id,
        invoiceId: byHand.invoiceId,
        clientId: byHand.clientId,
        match: "none",
      });
      return;
    }
    const decision = matchTransfer(t, lookups);
    if (!decision.record) {
      const { match, reason, invoiceId, clientId } = decision;
      wait(t, { match, waitReason: reason, invoiceId, clientId });
      return;
    }
    const { invoice, match } = decision;
    if (lookAlikes.some((other) => looksAlike(other, t))) {
      wait(t, { match, waitReason: "possibleDuplicate", invoiceId: invoice.id, clientId: invoice.clientId });
      return;
    }
    const result = await recordBankTransfer({
      db,
      actor,
      transfer: t,
      target: { service: "eds", invoiceNumber: invoice.number },
      office: invoice.office,
      limits,
    });
    if (result.ok && "paymentId" in result)
      outcomes.links.push({
        transferId: t.id,
        paymentId: result.paymentId,
        invoiceId: invoice.id,
        clientId: invoice.clientId,
        match,
      });
    else {
      const reason = (!result.ok && waitReasonOf[result.problem.code]) || "refused";
      wait(t, { match, waitReason: reason, invoiceId: invoice.id, clientId: invoice.clientId });
    }
  };
  for (let i = 0; i < pending.length; i += parallel)
    await Promise.all(pending.slice(i, i + parallel).map(settle));
  await writeOutcomes(db, outcomes);
}
