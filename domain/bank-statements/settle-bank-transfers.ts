import type { StaffActor } from "@/config/staff-roles";
import { invoiceNumbersIn } from "@/lib/bank-statement/transfer-purpose";
import { inSlices } from "@/lib/next-turn";
import { linkBankTransfers, type BankTransferLink, type Database } from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { OfficePaymentProblem } from "../payments/record-staff-payment";
import { matchTransfer, type TransferMatch } from "./match-transfer";
import { recordBankTransfer } from "./record-bank-transfer";
import {
  loadLookAlikes,
  loadLookups,
  loadOwnPayments,
  loadPendingTransfers,
  loadTypedIn,
  looksAlike,
  orderNumber,
  type Pending,
} from "./settle-lookups";
import type { TransferWaitReason } from "./transfer-wait-reasons";

export interface SettleBankTransfersOptions {
  db: Database;
  actor: StaffActor;
  limits: SociLimits;
  statementId: number;
}

// Transfers whose outcome one statement writes: a few milliseconds each, a turn of the event
// loop between them.
const slice = 100;
// Transfers recorded at once: their units share the ledger's group commits with MegaPay's pays,
// which wait behind at most this many.
const parallel = 16;

const waitReasonOf: Partial<Record<OfficePaymentProblem["code"], TransferWaitReason>> = {
  invoicePaid: "invoicePaid",
  aboveDue: "overpayment",
  invoiceCancelled: "invoiceCancelled",
};

// What becomes of each transfer, written afterwards in few statements (a year's statement has
// some 20,000): linked to a payment (recorded now, or typed in by hand before), or waiting with a
// reason (the same few reasons for most, so one statement per reason and slice).
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

// A link is written over any wait the matching chose (a concurrent upload of a statement listing
// the same transfer may have written one first: bank-transfer-links.ts); a wait only over
// "matching", never over a link or a person's decision.
async function writeOutcomes(db: Database, { links, waits }: Outcomes) {
  await inSlices(links, slice, (part) => linkBankTransfers(db, part));
  for (const [key, ids] of waits)
    await inSlices(
      ids,
      slice,
      async (part) =>
        void (await db.bankTransfer.updateMany({
          where: { id: { in: part }, waitReason: "matching" },
          data: JSON.parse(key),
        })),
    );
}

// Matches the statement's transfers that are not yet matched (match-transfer.ts) and records the
// ones that pay an invoice up to what is due; the rest wait with the reason. A transfer already
// typed in by hand as a bank payment (its payment order's number, the invoice and the amount) is
// linked to that payment instead of being recorded again. A crash before the outcomes are written
// leaves the transfers "matching": the same file uploaded again settles them, and the payments
// already recorded replay (their receipts carry the transfer's id).
export async function settleBankTransfers({ db, actor, limits, statementId }: SettleBankTransfersOptions) {
  const pending = await loadPendingTransfers(db, statementId);
  if (pending.length === 0) return;
  const lookups = await loadLookups(db, pending);
  const typedIn = await loadTypedIn(db, pending);
  const lookAlikes = await loadLookAlikes(db, pending);
  const own = await loadOwnPayments(db, pending);
  const outcomes: Outcomes = { links: [], waits: new Map() };
  const wait = (t: Pending, data: Parameters<typeof waitKey>[0]) => {
    const key = waitKey(data);
    const ids = outcomes.waits.get(key);
    if (ids) ids.push(t.id);
    else outcomes.waits.set(key, [t.id]);
  };
  const settle = async (t: Pending) => {
    const recorded = own.get(t.id);
    if (recorded) {
      const decision = matchTransfer(t, lookups);
      const sameInvoice = (decision.record ? decision.invoice.id : decision.invoiceId) === recorded.invoiceId;
      const match = sameInvoice && decision.match !== "sociTopUp" ? decision.match : "none";
      const { invoiceId, clientId } = recorded;
      outcomes.links.push({ transferId: t.id, paymentId: recorded.id, invoiceId, clientId, match });
      return;
    }
    const sameOrder = typedIn.get(orderNumber(t)) ?? [];
    const byHand = sameOrder.find(
      (p) =>
        p.sumTyiyn === t.amountTyiyn &&
        (invoiceNumbersIn(t.purpose).includes(p.account) ||
          (t.payerInn !== null && p.client?.inn === t.payerInn)),
    );
    if (byHand) {
      sameOrder.splice(sameOrder.indexOf(byHand), 1);
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
    if ((lookAlikes.get(t.number) ?? []).some((other) => looksAlike(other, t))) {
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
  await inSlices(pending, parallel, async (part) => void (await Promise.all(part.map(settle))));
  await writeOutcomes(db, outcomes);
}
