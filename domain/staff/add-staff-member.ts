import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { StaffActor } from "@/config/staff-roles";
import { isUniqueViolation, runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "./staff-access";
import type { NewStaffMember } from "./staff-member-schema";

export class StaffMemberError extends Error {
  constructor(readonly code: "email-taken") {
    super(code);
    this.name = "StaffMemberError";
  }
}

export interface AddStaffMemberOptions {
  db: Database;
  // An admin in the back office, or an admin at the command line (npm run staff:add).
  actor: StaffActor | "command-line";
  member: NewStaffMember;
}

// Creates a staff account the way Better Auth keeps one (server/auth/auth.ts): the person, and a
// "credential" account holding the scrypt hash of the password; audited. The person must replace
// the password and set up TOTP at their first sign-in (`mustChangePassword` is true by the
// database's default; server/auth/staff-session.ts).
export async function addStaffMember({ db, actor, member }: AddStaffMemberOptions): Promise<{ id: string }> {
  if (actor !== "command-line") requirePermission(actor, "staffAccounts", "add staff");
  const id = randomUUID();
  const hash = await hashPassword(member.password);
  const person = { email: member.email, name: member.name, role: member.role, office: member.office };
  try {
    await runTransaction(db, async (tx) => {
      await tx.staffUser.create({ data: { id, ...person, emailVerified: true } });
      await tx.staffAccount.create({
        data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash },
      });
      await recordAuditEvent({
        tx,
        actor: actor === "command-line" ? { id: null, email: "command-line" } : actor,
        action: "staff.added",
        subject: { type: "staff", id },
        after: { ...person, active: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new StaffMemberError("email-taken");
    throw error;
  }
  return { id };
}
