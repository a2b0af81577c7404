import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { deleteSessionsOf } from "./end-staff-sessions";
import { NotAllowedError, requirePermission } from "./staff-access";

export interface SetStaffActiveOptions {
  db: Database;
  actor: StaffActor;
  staffId: string;
  active: boolean;
}

// Switches an account off (it can no longer sign in, and its sessions end at once) or on again.
// Accounts are never deleted, so that the audit log keeps naming who did what. An admin cannot
// switch themselves off (there would be no one left to switch them on).
export async function setStaffActive({ db, actor, staffId, active }: SetStaffActiveOptions): Promise<void> {
  requirePermission(actor, "staffAccounts", "switch accounts on or off");
  if (!active && staffId === actor.id) throw new NotAllowedError("switch off one's own account");
  await runTransaction(db, async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: staffId }, select: { active: true } });
    if (!before || before.active === active) return;
    await tx.staffUser.update({ where: { id: staffId }, data: { active } });
    if (!active) await deleteSessionsOf(tx, staffId);
    await recordAuditEvent({
      tx,
      actor,
      action: active ? "staff.activated" : "staff.deactivated",
      subject: { type: "staff", id: staffId },
      before,
      after: { active },
    });
  });
}
