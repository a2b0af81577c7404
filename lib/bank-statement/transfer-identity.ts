// Which transfer a statement line is, whichever statement lists it: the payer's account (else
// the payer's INN, else the name as written), the payment order's number, its date and the
// amount; and its place among identical lines of one file, since two identical transfers on one
// day are two transfers. Two statements whose periods overlap list the same transfers with the
// same identities and occurrences, so the second records nothing twice.
import type { StatementTransfer } from "./statement-file";

export function transferIdentity(t: StatementTransfer): string {
  const payer =
    t.payerAccount ?? (t.payerInn ? `inn:${t.payerInn}` : `name:${t.payerName.trim().toLowerCase()}`);
  return [payer, t.number.trim(), t.date, String(t.amountTyiyn)].join("|");
}

export interface IdentifiedTransfer extends StatementTransfer {
  identity: string;
  // 1 for the first line with this identity in the file, 2 for the second, …
  occurrence: number;
}

// Identifies a file's transfers one after another, in the file's order (a server does it a
// slice at a time).
export function transferIdentifier(): (t: StatementTransfer) => IdentifiedTransfer {
  const seen = new Map<string, number>();
  return (t) => {
    const identity = transferIdentity(t);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return { ...t, identity, occurrence };
  };
}

export const identifyTransfers = (transfers: StatementTransfer[]): IdentifiedTransfer[] =>
  transfers.map(transferIdentifier());
