import { Prisma } from "./generated/sqlite/client";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "./database";

export type StatementOutcome = "recorded" | "waiting" | "notOurs" | "seenBefore";

// An integer from a raw aggregate: bigint from either driver, or a number.
const exact = (value: unknown) => (typeof value === "bigint" ? tyiynFromDatabase(value) : Number(value));

// How many of a statement's lines came to each outcome and their sum, counted by the database: a
// year's statement has some 20,000 lines, which Prisma's query engine would read on the event
// loop (a line listed by an earlier statement counts as "seenBefore" whatever became of it).
export async function countStatementOutcomes(
  db: Database,
  statementId: number,
): Promise<{ outcome: StatementOutcome; count: number; sumTyiyn: number }[]> {
  const rows = await db.$queryRaw<{ outcome: string; count: unknown; sum: unknown }[]>(Prisma.sql`
    SELECT CASE WHEN l."seenBefore" THEN 'seenBefore' ELSE CAST(t."state" AS TEXT) END AS "outcome",
           COUNT(*) AS "count", CAST(SUM(t."amountTyiyn") AS BIGINT) AS "sum"
    FROM "BankStatementLine" l JOIN "BankTransfer" t ON t."id" = l."transferId"
    WHERE l."statementId" = ${statementId}
    GROUP BY 1`);
  return rows.map((r) => ({
    outcome: r.outcome as StatementOutcome,
    count: exact(r.count),
    sumTyiyn: exact(r.sum),
  }));
}
