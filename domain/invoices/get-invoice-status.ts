import { isValidInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";
import type { InvoiceStatus } from "./find-invoice";

export interface InvoiceStatusView {
  status: InvoiceStatus;
  amountTyiyn: number;
  paidTyiyn: number;
}

// Just what the invoice page polls for: cheap, and nothing personal.
export async function getInvoiceStatus({
  db,
  number,
}: {
  db: Database;
  number: string;
}): Promise<InvoiceStatusView | null> {
  if (!isValidInvoiceNumber(number)) return null;
  const invoice = await db.invoice.findUnique({
    where: { number },
    select: { status: true, amountTyiyn: true, paidTyiyn: true },
  });
  return invoice ? { ...invoice, status: invoice.status as InvoiceStatus } : null;
}
