import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { addStaffMember, StaffMemberError } from "./add-staff-member";
import { newStaffMemberSchema } from "./staff-member-schema";

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
    [{ password: "short" }, "at least 12"],
    [{ password: "aaaaaaaaaaaaaaaa" }, "too simple"],
    [{ password: "operator-password-1" }, "must not contain"],
    [{ role: "root" }, "role"],
    [{ role: "operator", office: null }, "office"],
    [{ role: "admin", office: "osh" }, "office"],
    [{ email: "not an email" }, "email"],
  ])("refuses %j", (overrides, message) => {
    const result = newStaffMemberSchema.safeParse({
      ...member(),
      password: "long enough password 7",
      ...overrides,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(" ")).toContain(message);
  });
});

describe.each(testProviders)("adding staff on %s", (provider) => {
  const t = useTestDatabase(provider);

  it("stores the person and a scrypt hash of the password, never the password", async () => {
    const { id } = await addStaffMember({ db: t.db, member: member() });
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
    await expect(addStaffMember({ db: t.db, member: member({ name: "Другой" }) })).rejects.toBeInstanceOf(
      StaffMemberError,
    );
    expect(await t.db.staffUser.count({ where: { email: "operator@dostek.kg" } })).toBe(1);
  });
});
