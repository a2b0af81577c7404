import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { addStaffMember } from "@/domain/staff/add-staff-member";
import { signInSchedule } from "@/lib/attempt-delay";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { withSignInThrottle } from "./sign-in-throttle";

const password = "a long password for tests";

describe.each(testProviders)("sign-in throttling on %s", (provider) => {
  let hash = "";
  const t = useTestDatabase(provider, async (t) => {
    const { id } = await addStaffMember({
      db: t.db,
      actor: "command-line",
      member: { email: "acc@dostek.kg", name: "Эсепчи", role: "accountant", office: null, password },
    });
    hash = (await t.db.staffAccount.findFirstOrThrow({ where: { userId: id } })).password!;
  });

  // The real scrypt check of the stored hash, counted.
  const checker = () => {
    const counter = { checks: 0 };
    const check = (typed: string) => async () => {
      counter.checks++;
      const proven = await verifyPassword({ hash, password: typed });
      return { proven, value: proven };
    };
    return { counter, check };
  };

  it("200 wrong passwords at once from one address check the password only as often as allowed; the right one from another address signs in at once", async () => {
    const now = Date.UTC(2026, 11, 5, 9);
    const { counter, check } = checker();
    const attacker = { account: "acc@dostek.kg", address: "203.0.113.9" };
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => withSignInThrottle(t.db, attacker, check(`guess ${i}`), now)),
    );
    expect(counter.checks).toBe(signInSchedule.free);
    expect(results.filter((r) => r.outcome === "checked")).toHaveLength(signInSchedule.free);
    expect(results.filter((r) => r.outcome === "throttled")).toHaveLength(200 - signInSchedule.free);

    // The staff member at the office, the same moment: the stranger's guesses do not hold her up.
    const office = await withSignInThrottle(
      t.db,
      { account: "acc@dostek.kg", address: "198.51.100.20" },
      check(password),
      now,
    );
    expect(office).toEqual({ outcome: "checked", proven: true, value: true });
    expect(counter.checks).toBe(signInSchedule.free + 1);
  });

  it("each attempt past the free ones waits twice as long as the one before, the right password included", async () => {
    const { counter, check } = checker();
    const who = { account: "ACC@dostek.kg ", address: "203.0.113.10" };
    let now = Date.UTC(2026, 11, 5, 10);
    for (let i = 0; i < signInSchedule.free; i++) {
      expect((await withSignInThrottle(t.db, who, check("wrong"), now)).outcome).toBe("checked");
    }
    for (const wait of [15_000, 30_000, 60_000]) {
      expect(await withSignInThrottle(t.db, who, check(password), now + wait - 1)).toEqual({
        outcome: "throttled",
        retryAfterMs: 1,
      });
      now += wait;
      expect(await withSignInThrottle(t.db, who, check("wrong again"), now)).toMatchObject({ proven: false });
    }
    now += 120_000;
    expect(await withSignInThrottle(t.db, who, check(password), now)).toMatchObject({ proven: true });
    // The right password started the count again: five at once.
    for (let i = 0; i < signInSchedule.free; i++) {
      expect((await withSignInThrottle(t.db, who, check("wrong"), now)).outcome).toBe("checked");
    }
    expect(counter.checks).toBe(2 * signInSchedule.free + 3 + 1);
  });

  it("one address trying many accounts is slowed after 30 wrong passwords; right ones give their attempt back", async () => {
    const { check } = checker();
    const now = Date.UTC(2026, 11, 5, 11);
    const address = "203.0.113.11";
    // 31 right passwords from the address first: had they counted, nothing more would pass.
    for (let i = 0; i < 31; i++) {
      const signedIn = await withSignInThrottle(
        t.db,
        { account: "acc@dostek.kg", address },
        check(password),
        now,
      );
      expect(signedIn).toMatchObject({ proven: true });
    }
    const outcomes = [];
    for (let i = 0; i < 32; i++) {
      outcomes.push(
        (await withSignInThrottle(t.db, { account: `u${i}@dostek.kg`, address }, check("x"), now)).outcome,
      );
    }
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(30);
  });
});
