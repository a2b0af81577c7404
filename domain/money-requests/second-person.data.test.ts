import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import {
  addTestStaff,
  adjustBalanceApproved,
  moneyRequestHelpers,
  staff,
  testApprover,
} from "@/scripts/test/money-request-fixture";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { requestBalanceAdjustment } from "./request-balance-adjustment";
import { getReconciliation } from "../reconciliation/get-reconciliation";
import { reconcileRegistry } from "../reconciliation/reconcile-registry";
import { resolveReconciliationItem } from "../reconciliation/resolve-reconciliation-item";
import { addStaffMember } from "../staff/add-staff-member";

const { admin, admin2, accountant, oshOperator, jaOperator } = staff;

describe.each(testProviders)("a second person approves money requests, on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [admin, admin2, accountant, oshOperator, jaOperator, testApprover]);
  });
  const { decide, balanceOf, ledgerSum } = moneyRequestHelpers(t);
  it("a balance adjustment needs another person, even for an admin, and the balance as it was shown", async () => {
    const inn = "02424242424242";
    await registerTestClient(t.db, "adjust-1", { inn });
    await expect(
      requestBalanceAdjustment({ db: t.db, actor: accountant, inn, amountTyiyn: 100, reason: "why not" }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const asked = await requestBalanceAdjustment({
      db: t.db,
      actor: admin,
      inn,
      amountTyiyn: 999_999_900,
      reason: "typo",
    });
    if (!asked.ok) throw new Error(asked.problem);
    expect(await balanceOf(inn)).toBe(0);
    expect(await decide(admin, asked.requestId)).toEqual({ ok: false, problem: "ownRequest" });
    expect(await decide(accountant, asked.requestId, "reject")).toEqual({ ok: true });
    expect(await balanceOf(inn)).toBe(0);

    const again = await requestBalanceAdjustment({
      db: t.db,
      actor: admin,
      inn,
      amountTyiyn: 5_000,
      reason: "counted",
    });
    if (!again.ok) throw new Error(again.problem);
    await adjustBalanceApproved(t.db, { inn, amountTyiyn: 100, reason: "another one first", by: admin2 });
    expect(await decide(accountant, again.requestId)).toEqual({ ok: false, problem: "balanceChanged" });
    expect(await balanceOf(inn)).toBe(100);
    expect(await ledgerSum(inn)).toBe(100);
  });

  it("an approver must be a second person: not an account the asker made, nor one made after the request", async () => {
    const inn = "02929292929292";
    await registerTestClient(t.db, "accomplice-1", { inn });
    const asked = await requestBalanceAdjustment({
      db: t.db,
      actor: admin,
      inn,
      amountTyiyn: 100_000_000,
      reason: "goodwill credit",
    });
    if (!asked.ok) throw new Error(asked.problem);
    // The admin adds an accountant with a password of their choosing, to approve it as them.
    const made = await addStaffMember({
      db: t.db,
      actor: admin,
      member: {
        email: "me.too@dostek.kg",
        name: "Me Too",
        role: "accountant",
        office: null,
        password: "Correct-Horse-9!",
      },
    });
    const accomplice: StaffActor = {
      id: made.id,
      email: "me.too@dostek.kg",
      role: "accountant",
      office: null,
    };
    expect(await decide(accomplice, asked.requestId)).toEqual({ ok: false, problem: "accountTooNew" });
    // Made before the request, by the asker (or by an account the asker made): still not a second person.
    const later = await requestBalanceAdjustment({
      db: t.db,
      actor: admin,
      inn,
      amountTyiyn: 100,
      reason: "again",
    });
    if (!later.ok) throw new Error(later.problem);
    expect(await decide(accomplice, later.requestId)).toEqual({
      ok: false,
      problem: "accountMadeByInvolved",
    });
    expect(await balanceOf(inn)).toBe(0);
    expect(await decide(accountant, later.requestId)).toEqual({ ok: true });
  });

  it("nor does the person who made or reset the asker's account: they could have asked in its name", async () => {
    const inn = "02939393939393";
    await registerTestClient(t.db, "puppet-1", { inn });
    // admin2 adds an admin with a password of their choosing, then asks in that admin's name.
    const made = await addStaffMember({
      db: t.db,
      actor: admin2,
      member: {
        email: "puppet@dostek.kg",
        name: "Puppet",
        role: "admin",
        office: null,
        password: "Correct-Horse-Battery-9!",
      },
    });
    await t.db.staffUser.update({
      where: { id: made.id },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const puppet: StaffActor = { id: made.id, email: "puppet@dostek.kg", role: "admin", office: null };
    const asked = await requestBalanceAdjustment({
      db: t.db,
      actor: puppet,
      inn,
      amountTyiyn: 50_000_000,
      reason: "goodwill credit",
    });
    if (!asked.ok) throw new Error(asked.problem);
    expect(await decide(admin2, asked.requestId)).toEqual({ ok: false, problem: "madeInvolvedAccount" });
    expect(await balanceOf(inn)).toBe(0);
    // A third person, who neither made nor reset the puppet's account, decides.
    expect(await decide(accountant, asked.requestId, "reject")).toEqual({ ok: true });
  });

  it("whoever uploaded a registry does not approve what it asks for", async () => {
    const inn = "03030303030303";
    await registerTestClient(t.db, "uploader-1", { inn });
    await connectToSoci(t.db, inn);
    const { runId } = await reconcileRegistry({
      db: t.db,
      actor: accountant,
      fileName: "made-up.csv",
      fileHash: "d".repeat(64),
      period: { start: new Date("2026-11-25T00:00:00+06:00"), end: new Date("2026-11-26T00:00:00+06:00") },
      rows: [
        {
          line: 2,
          service: "soci",
          txnId: "880001",
          account: inn,
          sumTyiyn: 40_000,
          txnAt: new Date("2026-11-25T10:00:00+06:00"),
        },
      ],
    });
    const [item] = (await getReconciliation({ db: t.db, actor: admin, id: runId }))!.items;
    const asked = await resolveReconciliationItem({
      db: t.db,
      actor: admin,
      itemId: item!.id,
      action: "record",
      comment: "on the list",
    });
    if (!asked.ok || !asked.requestId) throw new Error("not asked");
    expect(await decide(accountant, asked.requestId)).toEqual({ ok: false, problem: "involved" });
    expect(await balanceOf(inn)).toBe(0);
    expect(await decide(admin2, asked.requestId)).toEqual({ ok: true });
    expect(await balanceOf(inn)).toBe(40_000);
  });
});
