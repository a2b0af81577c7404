import { hashPassword, verifyPassword } from "better-auth/crypto";
import { confirmationThrottle } from "@/lib/attempt-delay";
import { runTransaction, withAttemptThrottle, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { newPasswordProblem } from "./staff-member-schema";

export interface ChangeOwnPasswordOptions {
  db: Database;
  staff: { id: string; email: string; name: string };
  // The session it is done in: it stays, every other one of this person ends.
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  address: string | null;
  now?: Date;
}

export type ChangeOwnPasswordResult =
  | { outcome: "changed" }
  | { outcome: "wrongPassword" | "samePassword" | "tooShort" | "tooLong" | "tooSimple" | "containsName" }
  | { outcome: "throttled"; retryAfterMs: number };

// A staff member sets their own password: the current one first (counted like a sign-in, so a
// borrowed session cannot be used to guess it), a new one that is long and hard to guess. Every
// other session ends, this one counts as freshly proven, and a password someone else chose (at
// the account's creation or a reset) stops blocking the back office. Audited.
export async function changeOwnPassword({
  db,
  staff,
  sessionId,
  currentPassword,
  newPassword,
  address,
  now = new Date(),
}: ChangeOwnPasswordOptions): Promise<ChangeOwnPasswordResult> {
  const problem = newPasswordProblem(newPassword, staff);
  if (problem) return { outcome: problem };
  if (newPassword === currentPassword) return { outcome: "samePassword" };
  const account = await db.staffAccount.findFirst({
    where: { userId: staff.id, providerId: "credential" },
    select: { id: true, password: true },
  });
  const checked = await withAttemptThrottle(
    db,
    { ...confirmationThrottle(staff.id), now: now.getTime() },
    async () => ({
      proven:
        Boolean(account?.password) &&
        (await verifyPassword({ hash: account!.password!, password: currentPassword })),
      value: null,
    }),
  );
  if (checked.outcome === "throttled") return checked;
  if (!checked.proven || !account) return { outcome: "wrongPassword" };
  const hash = await hashPassword(newPassword);
  await runTransaction(db, async (tx) => {
    await tx.staffAccount.update({ where: { id: account.id }, data: { password: hash } });
    await tx.staffUser.update({
      where: { id: staff.id },
      data: { mustChangePassword: false, passwordChangedAt: now },
    });
    const ended = await tx.staffSession.deleteMany({ where: { userId: staff.id, id: { not: sessionId } } });
    await tx.staffSession.updateMany({ where: { id: sessionId }, data: { verifiedAt: now } });
    await recordAuditEvent({
      tx,
      actor: staff,
      action: "access.password-changed",
      subject: { type: "staff", id: staff.id },
      after: { address, otherSessionsEnded: ended.count },
    });
  });
  return { outcome: "changed" };
}
