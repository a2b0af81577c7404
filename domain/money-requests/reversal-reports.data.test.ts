import { describe, expect, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { bishkekDayOf, dayMs } from "@/lib/dates";
import {
  addTestStaff,
  moneyRequestHelpers,
  postedOfficePayment,
  staff,
  testApprover,
  testLimits,
} from "@/scripts/test/money-request-fixture";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { getDailyClose } from "../payments/get-daily-close";
import { journalTotals } from "../payments/journal-totals";
import { recordOfficePayment } from "../payments/record-office-payment";
import { readSociFeed } from "../soci-feed/read-soci-feed";
import { requestReversal } from "./request-reversal";

const { admin, accountant, oshOperator } = staff;
const limits = testLimits;
const posted = postedOfficePayment;

// Where a reversal shows: SOChI's feed, the daily close and the journal's totals.
describe.each(testProviders)("reversals in the reports on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [admin, accountant, oshOperator, testApprover]);
  });
  const { decide, askOverpayment } = moneyRequestHelpers(t);

  it("SOChI's feed carries a reversal once, after the original, naming it", async () => {
    const inn = "02727272727272";
    await registerTestClient(t.db, "feed-1", { inn });
    await connectToSoci(t.db, inn);
    const topUp = await recordOfficePayment({
      db: t.db,
      actor: oshOperator,
      payment: posted({ service: "soci", account: inn, amount: "25", receiptNumber: "Ф-1" }),
      limits,
    });
    if (!topUp.ok || !("paymentId" in topUp)) throw new Error("not recorded");
    const first = await readSociFeed({ db: t.db, after: 0, limit: 100 });
    const asked = await requestReversal({
      db: t.db,
      actor: oshOperator,
      paymentId: topUp.paymentId,
      reason: "twice",
    });
    if (!asked.ok) throw new Error(asked.problem);
    await decide(accountant, asked.requestId);
    const next = await readSociFeed({ db: t.db, after: Number(first.nextCursor), limit: 100 });
    const original = first.entries.find((e) => e.inn === inn)!;
    expect(next.entries).toEqual([
      expect.objectContaining({
        inn,
        amountTyiyn: -2_500,
        source: "cash",
        kind: "reversal",
        reference: "Ф-1",
        reverses: { entryId: original.entryId, cursor: original.cursor },
      }),
    ]);
    expect(Number(next.entries[0]!.cursor)).toBeGreaterThan(Number(original.cursor));
    expect((await readSociFeed({ db: t.db, after: Number(next.nextCursor), limit: 100 })).entries).toEqual(
      [],
    );
  });

  it("the daily close and the journal's totals, cached hours included, match the raw ledger on a day with reversals", async () => {
    const inn = "02828282828282";
    const number = await registerTestClient(t.db, "close-1", { inn });
    await connectToSoci(t.db, inn);
    await decide(accountant, await askOverpayment(number, 700, "C1"));
    const cash = await recordOfficePayment({
      db: t.db,
      actor: oshOperator,
      payment: posted({ service: "soci", account: inn, amount: "30", receiptNumber: "C2" }),
      limits,
    });
    if (!cash.ok || !("paymentId" in cash)) throw new Error("not recorded");
    const now = new Date();
    // The journal counts the payments once their hour has settled, and caches that part.
    const later = new Date(now.getTime() + 2 * 3_600_000);
    const everything = {};
    const before = await journalTotals(t.db, everything, later);
    const asked = await requestReversal({
      db: t.db,
      actor: oshOperator,
      paymentId: cash.paymentId,
      reason: "wrong",
    });
    if (!asked.ok) throw new Error(asked.problem);
    expect(await decide(admin, asked.requestId, "approve", later)).toEqual({ ok: true });

    const raw = async (where: object) => {
      const all = await t.db.payment.findMany({ where, select: { sumTyiyn: true } });
      return { count: all.length, sumTyiyn: all.reduce((s, p) => s + p.sumTyiyn, 0) };
    };
    const after = await journalTotals(t.db, everything, new Date(later.getTime() + 60_000));
    expect(after).toEqual(await raw({}));
    expect(after).toEqual({ count: before.count + 1, sumTyiyn: before.sumTyiyn - 3_000 });
    for (const day of new Set([bishkekDayOf(now), bishkekDayOf(later)])) {
      const close = await getDailyClose({ db: t.db, actor: accountant, day });
      const start = new Date(`${day}T00:00:00+06:00`);
      const receivedAt = { gte: start, lt: new Date(start.getTime() + dayMs) };
      expect(close.total).toEqual(await raw({ receivedAt }));
      const reversals = close.offices.flatMap((o) => o.lines).filter((l) => l.reversal);
      expect({
        count: reversals.reduce((n, l) => n + l.count, 0),
        sumTyiyn: reversals.reduce((n, l) => n + l.sumTyiyn, 0),
      }).toEqual(await raw({ receivedAt, reversesId: { not: null } }));
    }
    // The reversal is on the day it was approved, on a line of its own.
    const reversalDay = await getDailyClose({ db: t.db, actor: accountant, day: bishkekDayOf(later) });
    expect(reversalDay.offices.flatMap((o) => o.lines)).toContainEqual(
      expect.objectContaining({ service: "soci", method: "cash", reversal: true }),
    );
  });
});
