import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database, type TransactionClient } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "./staff-access";

export interface EndStaffSessionsOptions {
  db: Database;
  actor: StaffActor;
  staffId: string;
}

export async function deleteSessionsOf(tx: TransactionClient, staffId: string): Promise<number> {
  return (await tx.staffSession.deleteMany({ where: { userId: staffId } })).count;
}

// An admin signs someone out on every device (a lost phone, a shared computer). Audited.
export async function endStaffSessions({ db, actor, staffId }: EndStaffSessionsOptions): Promise<number> {
  requirePermission(actor, "staffAccounts", "end other people's sessions");
  return runTransaction(db, async (tx) => {
    const ended = await deleteSessionsOf(tx, staffId);
    await recordAuditEvent({
      tx,
      actor,
      action: "staff.sessions-ended",
      subject: { type: "staff", id: staffId },
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}
