import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { isUniqueViolation, runTransaction, type Database } from "@/server/db";
import type { NewStaffMember } from "./staff-member-schema";

export class StaffMemberError extends Error {
  constructor(readonly code: "email-taken") {
    super(code);
    this.name = "StaffMemberError";
  }
}

export interface AddStaffMemberOptions {
  db: Database;
  member: NewStaffMember;
}

// Creates a staff account the way Better Auth keeps one (server/auth/auth.ts): the person, and a
// "credential" account holding the scrypt hash of the password. Admins must set up TOTP at their
// first sign-in.
export async function addStaffMember({ db, member }: AddStaffMemberOptions): Promise<{ id: string }> {
  const id = randomUUID();
  const hash = await hashPassword(member.password);
  try {
    await runTransaction(db, async (tx) => {
      await tx.staffUser.create({
        data: {
          id,
          email: member.email,
          name: member.name,
          role: member.role,
          office: member.office,
          emailVerified: true,
        },
      });
      await tx.staffAccount.create({
        data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new StaffMemberError("email-taken");
    throw error;
  }
  return { id };
}
