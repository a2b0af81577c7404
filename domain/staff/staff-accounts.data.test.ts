import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { addStaffMember } from "./add-staff-member";
import { endStaffSessions } from "./end-staff-sessions";
import { listStaffMembers } from "./list-staff-members";
import { setStaffActive } from "./set-staff-active";
import { NotAllowedError } from "./staff-access";

const member = (email: string, role: "admin" | "operator" | "accountant") => ({
  email,
  name: email.split("@")[0]!,
  role,
  office: role === "operator" ? ("osh" as const) : null,
  password: "a long password for tests",
});

describe.each(testProviders)("staff accounts on %s", (provider) => {
  let admin: StaffActor;
  let operatorId = "";
  const t = useTestDatabase(provider, async (t) => {
    const { id } = await addStaffMember({
      db: t.db,
      actor: "command-line",
      member: member("boss@dostek.kg", "admin"),
    });
    admin = { id, email: "boss@dostek.kg", role: "admin", office: null };
    ({ id: operatorId } = await addStaffMember({
      db: t.db,
      actor: admin,
      member: member("op@dostek.kg", "operator"),
    }));
  });
  const session = (userId: string) =>
    t.db.staffSession.create({
      data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
    });

  it("an admin adds people; each addition is audited with who did it", async () => {
    const events = await t.db.auditEvent.findMany({
      where: { action: "staff.added" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.actorEmail, e.subjectId])).toEqual([
      ["command-line", admin.id],
      ["boss@dostek.kg", operatorId],
    ]);
    expect(JSON.parse(events[1]!.after!)).toMatchObject({
      email: "op@dostek.kg",
      role: "operator",
      office: "osh",
    });
    expect(
      (await listStaffMembers({ db: t.db, actor: admin })).map((p) => [p.email, p.role, p.active]),
    ).toEqual([
      ["boss@dostek.kg", "admin", true],
      ["op@dostek.kg", "operator", true],
    ]);
  });

  it("only an admin adds people, lists them, ends sessions or switches accounts off", async () => {
    const operator: StaffActor = { id: operatorId, email: "op@dostek.kg", role: "operator", office: "osh" };
    await expect(
      addStaffMember({ db: t.db, actor: operator, member: member("x@dostek.kg", "accountant") }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(listStaffMembers({ db: t.db, actor: operator })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(endStaffSessions({ db: t.db, actor: operator, staffId: admin.id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(
      setStaffActive({ db: t.db, actor: operator, staffId: admin.id, active: false }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    expect(await t.db.staffUser.count({ where: { email: "x@dostek.kg" } })).toBe(0);
  });

  it("ends someone's sessions on every device, audited", async () => {
    await session(operatorId);
    await session(operatorId);
    await session(admin.id);
    expect(await endStaffSessions({ db: t.db, actor: admin, staffId: operatorId })).toBe(2);
    expect(await t.db.staffSession.count({ where: { userId: operatorId } })).toBe(0);
    expect(await t.db.staffSession.count({ where: { userId: admin.id } })).toBe(1);
    expect(
      await t.db.auditEvent.count({ where: { action: "staff.sessions-ended", subjectId: operatorId } }),
    ).toBe(1);
  });

  it("switching an account off ends its sessions; an admin cannot switch themselves off", async () => {
    await session(operatorId);
    await setStaffActive({ db: t.db, actor: admin, staffId: operatorId, active: false });
    expect(await t.db.staffUser.findUniqueOrThrow({ where: { id: operatorId } })).toMatchObject({
      active: false,
    });
    expect(await t.db.staffSession.count({ where: { userId: operatorId } })).toBe(0);
    await setStaffActive({ db: t.db, actor: admin, staffId: operatorId, active: true });
    const changes = await t.db.auditEvent.findMany({
      where: { subjectId: operatorId, action: { in: ["staff.deactivated", "staff.activated"] } },
      orderBy: { id: "asc" },
    });
    expect(changes.map((c) => [c.action, c.before, c.after])).toEqual([
      ["staff.deactivated", '{"active":true}', '{"active":false}'],
      ["staff.activated", '{"active":false}', '{"active":true}'],
    ]);
    await expect(
      setStaffActive({ db: t.db, actor: admin, staffId: admin.id, active: false }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });
});
