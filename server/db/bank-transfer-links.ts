import type { Database } from "./database";

export interface BankTransferLink {
  transferId: number;
  paymentId: number;
  invoiceId: number | null;
  clientId: number | null;
}

const chunk = 500;
const sqlInteger = (value: number | null) => {
  if (value === null) return "NULL";
  if (!Number.isSafeInteger(value)) throw new Error(`not an id: ${value}`);
  return String(value);
};

// The payments a statement's transfers were recorded as, written in one statement per 500
// transfers instead of one per transfer (a year's statement links some 13,000). Only integers
// (row ids) go into the SQL, as literals: the same text on SQLite and PostgreSQL.
export async function linkBankTransfers(db: Database, links: BankTransferLink[]): Promise<void> {
  for (let i = 0; i < links.length; i += chunk) {
    const slice = links.slice(i, i + chunk);
    const cases = (value: (l: BankTransferLink) => number | null) =>
      `CASE "id" ${slice.map((l) => `WHEN ${sqlInteger(l.transferId)} THEN ${sqlInteger(value(l))}`).join(" ")} END`;
    await db.$executeRawUnsafe(
      `UPDATE "BankTransfer" SET "paymentId" = ${cases((l) => l.paymentId)}, "invoiceId" = ${cases((l) => l.invoiceId)}, "clientId" = ${cases((l) => l.clientId)} WHERE "id" IN (${slice.map((l) => sqlInteger(l.transferId)).join(", ")}) AND "waitReason" = 'matching'`,
    );
  }
}
