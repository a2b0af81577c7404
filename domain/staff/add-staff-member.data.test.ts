import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { addStaffMember, StaffMemberError } from "./add-staff-member";
import { newStaffMemberSchema, staffMemberProblemsOf } from "./staff-member-schema";

const member = (overrides: Record<string, unknown> = {}) =>
  newStaffMemberSchema.parse({
    email: "Operator@Dostek.kg",
    name: "Оператор Ош",
    role: "operator",
    office: "osh",
    password: "long enough password 7",
    ...overrides,
  });

describe("staff member schema", () => {
  it.each([
    [{ password: "short" }, "password", "tooShort"],
    [{ password: "aaaaaaaaaaaaaaaa" }, "password", "tooSimple"],
    [{ password: "operator-password-1" }, "password", "containsName"],
    [{ role: "root" }, "role", "role"],
    [{ role: "operator", office: null }, "office", "office"],
    [{ role: "admin", office: "osh" }, "office", "office"],
    [{ email: "not an email" }, "email", "email"],
    [{ email: "" }, "email", "required"],
  ])("refuses %j", (overrides, field, code) => {
    const result = newStaffMemberSchema.safeParse({
      ...member(),
      password: "long enough password 7",
      ...overrides,
    });
    expect(result.success).toBe(false);
    expect(staffMemberProblemsOf(result.error!)[field]).toBe(code);
  });
});

describe.each(testProviders)("adding staff on %s", (provider) => {
  const t = useTestDatabase(provider);

  it("stores the person and a scrypt hash of the password, never the password", async () => {
    const { id } = await addStaffMember({ db: t.db, actor: "command-line", member: member() });
    const user = await t.db.staffUser.findUniqueOrThrow({ where: { id }, include: { accounts: true } });
    expect(user).toMatchObject({
      email: "operator@dostek.kg",
      role: "operator",
      office: "osh",
      active: true,
    });
    const hash = user.accounts[0]!.password!;
    expect(hash).not.toContain("long enough password 7");
    expect(await verifyPassword({ hash, password: "long enough password 7" })).toBe(true);
    expect(await verifyPassword({ hash, password: "another password 77" })).toBe(false);
  });

  it("refuses a second account with the same email", async () => {
    await expect(
      addStaffMember({ db: t.db, actor: "command-line", member: member({ name: "Другой" }) }),
    ).rejects.toBeInstanceOf(StaffMemberError);
    expect(await t.db.staffUser.count({ where: { email: "operator@dostek.kg" } })).toBe(1);
  });
});
