// A bank statement's lines and the transfers they bring, written in short transactions of the
// caller's slice (200 lines; a year's statement has some 20,000): as plain statements on the
// ledger's connection (ledger-access.ts `write`). Prisma's bulk insert took about half a
// millisecond a row on the event loop, and on SQLite every request waits while a transaction is
// open: in one transaction, a year's lines held MegaPay's pays for 8 s (docs/benchmarks.md).
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { isUniqueViolation } from "./errors";
import type { LedgerTables } from "./ledger-tables";

export interface StatementLineRow {
  line: number;
  // The transfer the line is (identity and occurrence), with what a new one is kept with.
  transfer: {
    identity: string;
    occurrence: number;
    number: string;
    date: Date;
    receivedOn: Date | null;
    amountTyiyn: number;
    payerName: string;
    payerInn: string | null;
    payerAccount: string | null;
    purpose: string;
  };
}

const key = (t: { identity: string; occurrence: number }) => `${t.identity}#${t.occurrence}`;

async function keepSlice(db: Kysely<LedgerTables>, statementId: number, rows: StatementLineRow[]) {
  // Lines kept by an earlier try of the same upload (interrupted, or another instance's) stay.
  const kept = new Set(
    (
      await db
        .selectFrom("BankStatementLine")
        .select("line")
        .where("statementId", "=", statementId)
        .where(
          "line",
          "in",
          rows.map((r) => r.line),
        )
        .execute()
    ).map((r) => r.line),
  );
  const missing = rows.filter((r) => !kept.has(r.line));
  if (missing.length === 0) return 0;
  // Transfers an earlier statement brought: this line points at them and records nothing again.
  const known = new Map<string, number>();
  for (const t of await db
    .selectFrom("BankTransfer")
    .select(["id", "identity", "occurrence"])
    .where("identity", "in", [...new Set(missing.map((r) => r.transfer.identity))])
    .execute())
    known.set(key(t), t.id);
  const fresh = missing.filter((r) => !known.has(key(r.transfer)));
  const createdAt = new Date();
  if (fresh.length > 0)
    for (const t of await db
      .insertInto("BankTransfer")
      .values(
        fresh.map(({ transfer: t }) => ({
          ...t,
          state: "waiting" as const,
          match: "none" as const,
          waitReason: "matching",
          createdAt,
        })),
      )
      .returning(["id", "identity", "occurrence"])
      .execute())
      known.set(key(t), t.id);
  const isNew = new Set(fresh.map((r) => key(r.transfer)));
  await db
    .insertInto("BankStatementLine")
    .values(
      missing.map((r) => ({
        statementId,
        line: r.line,
        transferId: known.get(key(r.transfer))!,
        seenBefore: !isNew.has(key(r.transfer)),
      })),
    )
    .execute();
  return missing.length;
}

// Keeps the lines (and their new transfers) in one transaction: a transfer is new exactly when
// its line is kept with it, so an upload interrupted midway and sent again goes on where it
// stopped. Another upload listing the same transfer at the same moment (two instances on
// PostgreSQL) makes this one's insert fail on the transfer's uniqueness: tried again, it then
// finds that transfer. Returns how many lines it kept (none: an earlier try kept them all).
export async function keepStatementLines(
  db: Database,
  statementId: number,
  rows: StatementLineRow[],
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$ledger().write((tx) => keepSlice(tx, statementId, rows));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
