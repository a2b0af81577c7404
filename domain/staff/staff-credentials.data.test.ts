import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { findDependentApproval } from "@/domain/money-requests/find-dependent-approval";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { addStaffMember } from "./add-staff-member";
import { changeOwnPassword } from "./change-own-password";
import { resetStaffCredentials } from "./reset-staff-credentials";
import { listOwnSessions } from "./list-own-sessions";
import { revokeOwnSession } from "./revoke-own-session";

const given = "a long password for tests";
const own = "жашыл трамвай дарыя боюнда 2026";

describe.each(testProviders)("staff credentials on %s", (provider) => {
  let admin: StaffActor;
  let accountant: StaffActor & { name: string };
  const t = useTestDatabase(provider, async (t) => {
    const made = async (email: string, role: "admin" | "accountant", actor: StaffActor | "command-line") => {
      const member = { email, name: email.split("@")[0]!, role, office: null, password: given };
      const { id } = await addStaffMember({ db: t.db, actor, member });
      return { id, email, role, office: null, name: member.name };
    };
    admin = await made("boss@dostek.kg", "admin", "command-line");
    accountant = await made("acc@dostek.kg", "accountant", admin);
  });
  const session = (userId: string) =>
    t.db.staffSession.create({
      data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
    });
  const hashOf = async (userId: string) =>
    (await t.db.staffAccount.findFirstOrThrow({ where: { userId } })).password!;

  it("a new account must change the given password; the change needs the current one, a strong new one, and ends the other sessions", async () => {
    expect(await t.db.staffUser.findUnique({ where: { id: accountant.id } })).toMatchObject({
      mustChangePassword: true,
    });
    const [here, elsewhere] = [await session(accountant.id), await session(accountant.id)];
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword({
        db: t.db,
        staff: accountant,
        sessionId: here.id,
        currentPassword,
        newPassword,
        address: "192.0.2.5",
      });
    expect(await change("not the password", own)).toEqual({ outcome: "wrongPassword" });
    expect(await change(given, "password12345")).toEqual({ outcome: "tooSimple" });
    expect(await change(given, "acc is my password 77")).toEqual({ outcome: "containsName" });
    expect(await change(given, given)).toEqual({ outcome: "samePassword" });
    expect(await verifyPassword({ hash: await hashOf(accountant.id), password: given })).toBe(true);
    expect(await change(given, own)).toEqual({ outcome: "changed" });
    expect(await verifyPassword({ hash: await hashOf(accountant.id), password: own })).toBe(true);
    expect(await t.db.staffUser.findUnique({ where: { id: accountant.id } })).toMatchObject({
      mustChangePassword: false,
    });
    expect((await t.db.staffSession.findMany({ where: { userId: accountant.id } })).map((s) => s.id)).toEqual(
      [here.id],
    );
    expect(elsewhere.id).not.toBe(here.id);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "access.password-changed" } });
    expect(event).toMatchObject({ actorId: accountant.id, subjectId: accountant.id });
    expect(JSON.parse(event.after!)).toEqual({ address: "192.0.2.5", otherSessionsEnded: 1 });
  });

  it("an admin's reset gives a temporary password, removes the second factor and every session, and is audited", async () => {
    await t.db.staffUser.update({
      where: { id: accountant.id },
      data: { mustChangePassword: false, twoFactorEnabled: true },
    });
    await t.db.staffTwoFactor.create({
      data: { id: randomUUID(), userId: accountant.id, secret: "s", backupCodes: "c" },
    });
    await session(accountant.id);
    expect(
      await resetStaffCredentials({
        db: t.db,
        actor: admin,
        staff: { id: admin.id },
        temporaryPassword: own,
      }),
    ).toEqual({ outcome: "self" });
    expect(
      await resetStaffCredentials({
        db: t.db,
        actor: admin,
        staff: { id: accountant.id },
        temporaryPassword: "qwerty123456",
      }),
    ).toEqual({ outcome: "tooSimple" });
    const operator = { ...accountant, role: "operator" as const, office: "osh" as const };
    await expect(
      resetStaffCredentials({ db: t.db, actor: operator, staff: { id: admin.id }, temporaryPassword: own }),
    ).rejects.toThrow(/may not reset/);
    expect(
      await resetStaffCredentials({
        db: t.db,
        actor: "command-line",
        staff: { email: "ACC@dostek.kg" },
        temporaryPassword: own,
      }),
    ).toMatchObject({ outcome: "reset", id: accountant.id });
    expect(await t.db.staffUser.findUnique({ where: { id: accountant.id } })).toMatchObject({
      mustChangePassword: true,
      twoFactorEnabled: false,
    });
    expect(await t.db.staffTwoFactor.count({ where: { userId: accountant.id } })).toBe(0);
    expect(await t.db.staffSession.count({ where: { userId: accountant.id } })).toBe(0);
    expect(await verifyPassword({ hash: await hashOf(accountant.id), password: own })).toBe(true);
    expect(
      await t.db.auditEvent.count({
        where: { action: "access.credentials-reset", subjectId: accountant.id },
      }),
    ).toBe(1);
  });

  it("an account reset after a request, or reset by the person who asked, does not approve it", async () => {
    const requestedAt = new Date(Date.now() - 60_000);
    const other = await addStaffMember({
      db: t.db,
      actor: "command-line",
      member: { email: "other@dostek.kg", name: "Башка", role: "admin", office: null, password: given },
    });
    await t.db.staffUser.updateMany({ data: { createdAt: new Date(Date.now() - 3_600_000) } });
    // (The command line's reset in the test before, long ago.)
    await t.db.auditEvent.updateMany({
      where: { action: "access.credentials-reset" },
      data: { at: new Date(Date.now() - 3_600_000) },
    });
    const approval = () =>
      findDependentApproval({ db: t.db, approverId: accountant.id, involvedIds: [other.id], requestedAt });
    // The accountant was made by `boss`, not by the one who asked.
    expect(await approval()).toBeNull();
    await resetStaffCredentials({
      db: t.db,
      actor: { ...admin, id: other.id },
      staff: { id: accountant.id },
      temporaryPassword: own,
    });
    expect(await approval()).toBe("accountTooNew");
    await t.db.auditEvent.updateMany({
      where: { action: "access.credentials-reset", actorId: other.id },
      data: { at: new Date(Date.now() - 120_000) },
    });
    expect(await approval()).toBe("accountMadeByInvolved");
  });

  it("a person lists their own sessions and ends one of them, never someone else's", async () => {
    const [mine, theirs] = [await session(accountant.id), await session(admin.id)];
    const staff = { id: accountant.id, email: accountant.email, sessionId: mine.id };
    expect((await listOwnSessions({ db: t.db, staff })).map((s) => [s.id, s.current])).toEqual([
      [mine.id, true],
    ]);
    expect(await revokeOwnSession({ db: t.db, staff, sessionId: theirs.id, address: null })).toBe(false);
    expect(await t.db.staffSession.count({ where: { id: theirs.id } })).toBe(1);
    expect(await revokeOwnSession({ db: t.db, staff, sessionId: mine.id, address: "192.0.2.6" })).toBe(true);
    expect(await t.db.staffSession.count({ where: { id: mine.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "access.session-revoked" } })).toBe(1);
  });
});
