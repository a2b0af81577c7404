import type { StaffActor } from "@/config/staff-roles";
import type { StatementFile } from "@/lib/bank-statement/statement-file";
import { identifyTransfers } from "@/lib/bank-statement/transfer-identity";
import { bishkekDayStart } from "@/lib/dates";
import { runTransaction, type Database } from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { settleBankTransfers } from "./settle-bank-transfers";

export interface UploadBankStatementOptions {
  db: Database;
  actor: StaffActor;
  fileName: string;
  // SHA-256 of the file's bytes, hex: the same file again changes nothing.
  fileHash: string;
  statement: StatementFile;
  limits: SociLimits;
}

export interface UploadBankStatementResult {
  statementId: number;
  // The same file was uploaded before: nothing new was kept.
  again: boolean;
}

const chunk = 500;
const day = (text: string | null) => (text ? bishkekDayStart(text) : null);

// Keeps a statement that was read without problems: one row for the file, one per line, and one
// per transfer not listed by an earlier statement (by identity and occurrence, so overlapping
// statements record nothing twice), in one transaction; then matches and records the new transfers
// (settle-bank-transfers.ts). The same file again only finishes what an interrupted upload left.
export async function uploadBankStatement(
  options: UploadBankStatementOptions,
): Promise<UploadBankStatementResult> {
  const { db, actor, fileName, fileHash, statement, limits } = options;
  requirePermission(actor, "bankStatements", "upload bank statements");
  const earlier = await db.bankStatement.findUnique({ where: { fileHash }, select: { id: true } });
  if (earlier) {
    await settleBankTransfers({ db, actor, limits, statementId: earlier.id });
    return { statementId: earlier.id, again: true };
  }
  const transfers = identifyTransfers(statement.incoming);
  const statementId = await runTransaction(db, async (tx) => {
    const known = new Map<string, number>();
    for (let i = 0; i < transfers.length; i += chunk) {
      const slice = transfers.slice(i, i + chunk);
      const found = await tx.bankTransfer.findMany({
        where: { identity: { in: [...new Set(slice.map((t) => t.identity))] } },
        select: { id: true, identity: true, occurrence: true },
      });
      for (const f of found) known.set(`${f.identity}#${f.occurrence}`, f.id);
    }
    const single = statement.accounts.length === 1 ? statement.accounts[0]! : null;
    const created = await tx.bankStatement.create({
      data: {
        fileHash,
        fileName,
        format: statement.format,
        account: statement.accounts.map((a) => a.account).join(", ") || null,
        periodStart: day(statement.periodStart),
        periodEnd: day(statement.periodEnd),
        openingTyiyn: single?.openingTyiyn ?? null,
        closingTyiyn: single?.closingTyiyn ?? null,
        incomingCount: transfers.length,
        incomingTyiyn: transfers.reduce((sum, t) => sum + t.amountTyiyn, 0),
        outgoingCount: statement.ignoredCount,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    const fresh = transfers.filter((t) => !known.has(`${t.identity}#${t.occurrence}`));
    for (let i = 0; i < fresh.length; i += chunk) {
      const rows = await tx.bankTransfer.createManyAndReturn({
        data: fresh.slice(i, i + chunk).map((t) => ({
          identity: t.identity,
          occurrence: t.occurrence,
          number: t.number,
          date: day(t.date)!,
          receivedOn: day(t.receivedOn),
          amountTyiyn: t.amountTyiyn,
          payerName: t.payerName,
          payerInn: t.payerInn,
          payerAccount: t.payerAccount,
          purpose: t.purpose,
          state: "waiting" as const,
          match: "none" as const,
          waitReason: "matching",
        })),
        select: { id: true, identity: true, occurrence: true },
      });
      for (const r of rows) known.set(`${r.identity}#${r.occurrence}`, r.id);
    }
    const isNew = new Set(fresh.map((t) => `${t.identity}#${t.occurrence}`));
    for (let i = 0; i < transfers.length; i += chunk) {
      await tx.bankStatementLine.createMany({
        data: transfers.slice(i, i + chunk).map((t) => ({
          statementId: created.id,
          line: t.line,
          transferId: known.get(`${t.identity}#${t.occurrence}`)!,
          seenBefore: !isNew.has(`${t.identity}#${t.occurrence}`),
        })),
      });
    }
    await recordAuditEvent({
      tx,
      actor,
      action: "bank-statement.uploaded",
      subject: { type: "bank-statement", id: String(created.id) },
      after: { fileName, incoming: transfers.length, new: fresh.length, ignored: statement.ignoredCount },
    });
    return created.id;
  });
  await settleBankTransfers({ db, actor, limits, statementId });
  return { statementId, again: false };
}
