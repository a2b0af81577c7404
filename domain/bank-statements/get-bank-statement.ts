import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
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
  lines: (BankTransferView & { line: number; seenBefore: boolean })[];
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
  rows: (Omit<BankStatementSummary, "ignoredCount" | "uploadedBy"> & {
    outgoingCount: number;
    uploadedById: string;
  })[],
): Promise<BankStatementSummary[]> {
  const staff = await db.staffUser.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.uploadedById))] } },
    select: { id: true, name: true },
  });
  return rows.map(({ outgoingCount, uploadedById, ...row }) => ({
    ...row,
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

// One upload with every line, what became of it, and the totals per outcome.
export async function getBankStatement({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: StaffActor;
  id: number;
}): Promise<BankStatementReport | null> {
  requirePermission(actor, "bankStatements", "read bank statements");
  await followTransferRequests(db);
  const row = await db.bankStatement.findUnique({ where: { id }, select: summarySelect });
  if (!row) return null;
  const lines = await db.bankStatementLine.findMany({
    where: { statementId: id },
    orderBy: { line: "asc" },
    select: { line: true, seenBefore: true, transfer: { select: transferSelect } },
  });
  const views = await viewsOf(
    db,
    lines.map((l) => l.transfer),
  );
  const totals: StatementTotals = {
    recorded: { count: 0, sumTyiyn: 0 },
    waiting: { count: 0, sumTyiyn: 0 },
    notOurs: { count: 0, sumTyiyn: 0 },
    seenBefore: { count: 0, sumTyiyn: 0 },
  };
  const withLines = lines.map((l, i) => ({ ...views[i]!, line: l.line, seenBefore: l.seenBefore }));
  for (const l of withLines) {
    const total = totals[l.seenBefore ? "seenBefore" : l.state];
    total.count++;
    total.sumTyiyn += l.amountTyiyn;
  }
  const [summary] = await summariesOf(db, [row]);
  return { ...summary!, totals, lines: withLines };
}
