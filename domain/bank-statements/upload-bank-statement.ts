import type { StaffActor } from "@/config/staff-roles";
import type { StatementFile } from "@/lib/bank-statement/statement-file";
import { transferIdentifier, type IdentifiedTransfer } from "@/lib/bank-statement/transfer-identity";
import { bishkekDayStart } from "@/lib/dates";
import { inSlices } from "@/lib/next-turn";
import {
  isUniqueViolation,
  keepStatementLines,
  runTransaction,
  type Database,
  type StatementLineRow,
} from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { settleBankTransfers } from "./settle-bank-transfers";

export interface UploadBankStatementOptions {
  db: Database;
  actor: StaffActor;
  fileName: string;
  // SHA-256 of the file's bytes, hex: the same file again keeps nothing twice.
  fileHash: string;
  statement: StatementFile;
  limits: SociLimits;
}

export interface UploadBankStatementResult {
  statementId: number;
  // The same file was uploaded before and this upload kept nothing new (finishing one that was
  // cut off is not "again").
  again: boolean;
}

// Lines kept in one short transaction: on SQLite every other request (MegaPay's pays) waits
// while it is open, a few milliseconds for this many.
const slice = 200;
const day = (text: string | null) => (text ? bishkekDayStart(text) : null);

// A line as it is kept, with the transfer it brings if it is new.
export const statementLineRow = (t: IdentifiedTransfer): StatementLineRow => ({
  line: t.line,
  transfer: {
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
  },
});

// The file's row, with its audit event; the same file sent twice at once keeps one.
async function keepStatementFile(
  options: UploadBankStatementOptions,
  incoming: number,
  incomingTyiyn: number,
) {
  const { db, actor, fileName, fileHash, statement } = options;
  const single = statement.accounts.length === 1 ? statement.accounts[0]! : null;
  try {
    return await runTransaction(db, async (tx) => {
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
          incomingCount: incoming,
          incomingTyiyn,
          outgoingCount: statement.ignoredCount,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAuditEvent({
        tx,
        actor,
        action: "bank-statement.uploaded",
        subject: { type: "bank-statement", id: String(created.id) },
        after: { fileName, incoming, ignored: statement.ignoredCount },
      });
      return { id: created.id, again: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const earlier = await db.bankStatement.findUniqueOrThrow({ where: { fileHash }, select: { id: true } });
    return { id: earlier.id, again: true };
  }
}

// Keeps a statement that was read without problems: one row for the file, one per line, and one
// per transfer not listed by an earlier statement (by identity and occurrence, so overlapping
// statements record nothing twice), the lines in short transactions with a turn of the event loop
// between them (MegaPay's pays go on meanwhile); then matches and records the new transfers
// (settle-bank-transfers.ts). The same file again keeps only what an interrupted upload left out,
// and settles what it left unsettled.
export async function uploadBankStatement(
  options: UploadBankStatementOptions,
): Promise<UploadBankStatementResult> {
  const { db, actor, fileHash, statement, limits } = options;
  requirePermission(actor, "bankStatements", "upload bank statements");
  const incoming = statement.incoming;
  const earlier = await db.bankStatement.findUnique({ where: { fileHash }, select: { id: true } });
  const { id: statementId, again } =
    earlier === null
      ? await keepStatementFile(
          options,
          incoming.length,
          incoming.reduce((sum, t) => sum + t.amountTyiyn, 0),
        )
      : { id: earlier.id, again: true };
  const keptBefore = again ? await db.bankStatementLine.count({ where: { statementId } }) : 0;
  let kept = 0;
  if (keptBefore < incoming.length) {
    const identify = transferIdentifier();
    await inSlices(incoming, slice, async (part) => {
      kept += await keepStatementLines(db, statementId, part.map(identify).map(statementLineRow));
    });
  }
  await settleBankTransfers({ db, actor, limits, statementId });
  // The same file again only if this upload kept nothing: finishing a cut-off one is news.
  return { statementId, again: again && kept === 0 };
}
