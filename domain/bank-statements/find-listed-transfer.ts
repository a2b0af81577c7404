import type { Database } from "@/server/db";
import { month, orderNumber } from "./settle-lookups";

export interface FindListedTransferOptions {
  db: Database;
  // The payment order's number as the record-a-payment form keeps a receipt number.
  receiptNumber: string;
  amountTyiyn: number;
  // The day typed in as the transfer's.
  paidOn: Date;
}

// The transfer of an uploaded statement that a bank payment typed in by hand would be: the same
// payment order and amount within a month, whatever became of it (recorded, waiting, or put aside
// as not ours). Typing it in again would record it twice, or around the person who decides the
// queue; so the form sends the accountant to the statement instead. (A payment typed in before
// the statement arrives is linked by the statement: settle-bank-transfers.ts.)
export async function findListedTransfer({
  db,
  receiptNumber,
  amountTyiyn,
  paidOn,
}: FindListedTransferOptions): Promise<{ id: number; date: Date } | null> {
  const candidates = await db.bankTransfer.findMany({
    where: {
      amountTyiyn,
      date: { gte: new Date(paidOn.getTime() - month), lte: new Date(paidOn.getTime() + month) },
    },
    select: { id: true, number: true, date: true },
  });
  const listed = candidates.find((t) => orderNumber(t) === receiptNumber);
  return listed ? { id: listed.id, date: listed.date } : null;
}
