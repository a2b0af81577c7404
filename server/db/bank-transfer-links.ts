import type { Database } from "./database";

const matches = ["invoiceNumber", "innAndAmount", "none"] as const;

export interface BankTransferLink {
  transferId: number;
  paymentId: number;
  invoiceId: number | null;
  clientId: number | null;
  // How it was matched, as the report explains it.
  match: (typeof matches)[number];
}

const chunk = 500;
const sqlInteger = (value: number | null) => {
  if (value === null) return "NULL";
  if (!Number.isSafeInteger(value)) throw new Error(`not an id: ${value}`);
  return String(value);
};

// The payments a statement's transfers were recorded as (or linked to), written in one statement
// per slice instead of one per transfer (a year's statement links some 13,000): the transfer is
// recorded. Over a transfer still being matched, or one that waits for a reason the matching gave
// (another upload listing the same transfer may have seen its invoice paid by this very payment
// and written "invoice paid" first); never over a person's decision (waiting for approval, or not
// ours). Only integers (row ids) and the known match names go into the SQL, as literals: the same
// text on SQLite and PostgreSQL.
export async function linkBankTransfers(db: Database, links: BankTransferLink[]): Promise<void> {
  // One statement per kind of match: a literal assigned to PostgreSQL's enum column is taken as
  // the enum, a CASE of them would be text.
  for (const match of matches) {
    const same = links.filter((l) => l.match === match);
    for (let i = 0; i < same.length; i += chunk) {
      const slice = same.slice(i, i + chunk);
      const cases = (value: (l: BankTransferLink) => number | null) =>
        `CASE "id" ${slice.map((l) => `WHEN ${sqlInteger(l.transferId)} THEN ${sqlInteger(value(l))}`).join(" ")} END`;
      await db.$executeRawUnsafe(
        `UPDATE "BankTransfer" SET "paymentId" = ${cases((l) => l.paymentId)}, "invoiceId" = ${cases((l) => l.invoiceId)}, "clientId" = ${cases((l) => l.clientId)}, "match" = '${match}', "state" = 'recorded', "waitReason" = NULL WHERE "id" IN (${slice.map((l) => sqlInteger(l.transferId)).join(", ")}) AND "state" = 'waiting' AND "paymentId" IS NULL AND "waitReason" <> 'awaitingApproval'`,
      );
    }
  }
}
