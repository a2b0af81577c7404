import type { StaffActor } from "@/config/staff-roles";
import { nextTurn } from "@/lib/next-turn";
import { countStatementOutcomes, type Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import {
  followTransferRequests,
  transferSelect,
  viewsOf,
  type BankTransferView,
} from "./list-bank-transfers";

export interface BankStatementSummary {
  id: number;
  fileName: string;
  format: "oneC" | "table";
  account: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  openingTyiyn: number | null;
  closingTyiyn: number | null;
  incomingCount: number;
  // Lines kept so far: fewer than incomingCount when an upload was cut off (sent again, it goes on).
  keptCount: number;
  incomingTyiyn: number;
  // Paid out, or to accounts that are not the company's: counted, not read.
  ignoredCount: number;
  uploadedAt: Date;
  uploadedBy: string;
}

// Per state of its lines' transfers (listed first by an earlier statement: "seenBefore").
export type StatementTotals = Record<
  "recorded" | "waiting" | "notOurs" | "seenBefore",
  { count: number; sumTyiyn: number }
>;

export interface BankStatementReport extends BankStatementSummary {
  totals: StatementTotals;
  // A page of lines, and the line the next page starts with (null: this is the last).
  lines: (BankTransferView & { line: number; seenBefore: boolean })[];
  nextFromLine: number | null;
}

const summarySelect = {
  id: true,
  fileName: true,
  format: true,
  account: true,
  periodStart: true,
  periodEnd: true,
  openingTyiyn: true,
  closingTyiyn: true,
  incomingCount: true,
  incomingTyiyn: true,
  outgoingCount: true,
  uploadedAt: true,
  uploadedById: true,
} as const;

async function summariesOf(
  db: Database,
  rows: (Omit<BankStatementSummary, "ignoredCount" | "uploadedBy" | "keptCount"> & {
    outgoingCount: number;
    uploadedById: string;
  })[],
): Promise<BankStatementSummary[]> {
  const [staff, kept] = await Promise.all([
    db.staffUser.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.uploadedById))] } },
      select: { id: true, name: true },
    }),
    db.bankStatementLine.groupBy({
      by: ["statementId"],
      where: { statementId: { in: rows.map((r) => r.id) } },
      _count: true,
    }),
  ]);
  const keptOf = new Map(kept.map((k) => [k.statementId, k._count]));
  return rows.map(({ outgoingCount, uploadedById, ...row }) => ({
    ...row,
    keptCount: keptOf.get(row.id) ?? 0,
    ignoredCount: outgoingCount,
    uploadedBy: staff.find((s) => s.id === uploadedById)?.name ?? uploadedById,
  }));
}

// The latest uploads, newest first (accountants and admins).
export async function listBankStatements({ db, actor }: { db: Database; actor: StaffActor }) {
  requirePermission(actor, "bankStatements", "read bank statements");
  const rows = await db.bankStatement.findMany({ orderBy: { id: "desc" }, take: 50, select: summarySelect });
  return summariesOf(db, rows);
}

// Lines a report page shows; the CSV export has them all.
export const reportPageLines = 200;

const lineSelect = { line: true, seenBefore: true, transfer: { select: transferSelect } } as const;

// Lines from `fromLine` on, at most `take`, as the report shows them.
async function linesOf(db: Database, statementId: number, fromLine: number, take: number) {
  const lines = await db.bankStatementLine.findMany({
    where: { statementId, line: { gte: fromLine } },
    orderBy: { line: "asc" },
    take,
    select: lineSelect,
  });
  const views = await viewsOf(
    db,
    lines.map((l) => l.transfer),
  );
  return lines.map((l, i) => ({ ...views[i]!, line: l.line, seenBefore: l.seenBefore }));
}

// One upload: the totals per outcome (counted by the database), and a page of its lines, what
// became of each, from line `fromLine` on (a year's statement has some 20,000).
export async function getBankStatement({
  db,
  actor,
  id,
  fromLine = 1,
}: {
  db: Database;
  actor: StaffActor;
  id: number;
  fromLine?: number;
}): Promise<BankStatementReport | null> {
  requirePermission(actor, "bankStatements", "read bank statements");
  await followTransferRequests(db);
  const row = await db.bankStatement.findUnique({ where: { id }, select: summarySelect });
  if (!row) return null;
  const totals: StatementTotals = {
    recorded: { count: 0, sumTyiyn: 0 },
    waiting: { count: 0, sumTyiyn: 0 },
    notOurs: { count: 0, sumTyiyn: 0 },
    seenBefore: { count: 0, sumTyiyn: 0 },
  };
  for (const { outcome, count, sumTyiyn } of await countStatementOutcomes(db, id))
    totals[outcome] = { count, sumTyiyn };
  const lines = await linesOf(db, id, fromLine, reportPageLines + 1);
  const [summary] = await summariesOf(db, [row]);
  return {
    ...summary!,
    totals,
    lines: lines.slice(0, reportPageLines),
    nextFromLine: lines[reportPageLines]?.line ?? null,
  };
}

export const exportPageLines = 500;

// Every line of an upload for its CSV export, read a page at a time with a turn of the event
// loop between pages (MegaPay's pays go on meanwhile).
export async function listStatementLines({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: StaffActor;
  id: number;
}): Promise<BankStatementReport["lines"]> {
  requirePermission(actor, "bankStatements", "read bank statements");
  const all: BankStatementReport["lines"] = [];
  for (let fromLine = 1; ;) {
    const page = await linesOf(db, id, fromLine, exportPageLines);
    all.push(...page);
    if (page.length < exportPageLines) return all;
    fromLine = page.at(-1)!.line + 1;
    await nextTurn();
  }
}
