import { hashPassword } from "better-auth/crypto";
import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { deleteSessionsOf } from "./end-staff-sessions";
import { NotAllowedError, requirePermission } from "./staff-access";
import { newPasswordProblem } from "./staff-member-schema";

export interface ResetStaffCredentialsOptions {
  db: Database;
  // An admin in the back office, or an admin at the command line (npm run staff:reset).
  actor: StaffActor | "command-line";
  // The account, by id (the staff page) or by email (the command line).
  staff: { id: string } | { email: string };
  // A temporary password, told to the person; they must replace it at the next sign-in.
  temporaryPassword: string;
}

export type ResetStaffCredentialsResult =
  | { outcome: "reset"; id: string; email: string }
  | { outcome: "notFound" | "self" | "tooShort" | "tooLong" | "tooSimple" | "containsName" };

// A forgotten password or a lost phone: the account gets a temporary password, its second factor
// and recovery codes are removed, and every session of it ends. At the next sign-in the person
// must choose a new password and set up a new second factor before anything else opens. Audited;
// the resetting admin then counts as having made the account when money requests ask who may
// approve (domain/money-requests/find-dependent-approval.ts).
export async function resetStaffCredentials({
  db,
  actor,
  staff,
  temporaryPassword,
}: ResetStaffCredentialsOptions): Promise<ResetStaffCredentialsResult> {
  if (actor !== "command-line") requirePermission(actor, "staffAccounts", "reset staff passwords");
  const person = await db.staffUser.findUnique({
    where: "id" in staff ? { id: staff.id } : { email: staff.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true },
  });
  if (!person) return { outcome: "notFound" };
  // One's own password is changed on the security page, with the current one.
  if (actor !== "command-line" && person.id === actor.id) return { outcome: "self" };
  const problem = newPasswordProblem(temporaryPassword, person);
  if (problem) return { outcome: problem };
  const hash = await hashPassword(temporaryPassword);
  await runTransaction(db, async (tx) => {
    const updated = await tx.staffAccount.updateMany({
      where: { userId: person.id, providerId: "credential" },
      data: { password: hash },
    });
    if (updated.count !== 1) throw new NotAllowedError(`${person.email} has no password account`);
    await tx.staffTwoFactor.deleteMany({ where: { userId: person.id } });
    await tx.staffUser.update({
      where: { id: person.id },
      data: { mustChangePassword: true, twoFactorEnabled: false },
    });
    const sessionsEnded = await deleteSessionsOf(tx, person.id);
    await recordAuditEvent({
      tx,
      actor: actor === "command-line" ? { id: null, email: "command-line" } : actor,
      action: "access.credentials-reset",
      subject: { type: "staff", id: person.id },
      after: { sessionsEnded, secondFactorRemoved: true },
    });
  });
  return { outcome: "reset", id: person.id, email: person.email };
}
