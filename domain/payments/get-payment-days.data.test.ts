import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { bishkekDayOf, hourMs as hour } from "@/lib/dates";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { getPaymentDays } from "./get-payment-days";
import { officePaymentSchema } from "./office-payment-schema";
import { recordOfficePayment } from "./record-office-payment";

const operator: StaffActor = { id: "op", email: "op@dostek.kg", role: "operator", office: "osh" };
const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

describe.each(testProviders)("the payments of the last 30 days on %s", (provider) => {
  const t = useTestDatabase(provider, (t) =>
    seedTariffs({ db: t.db, overwrite: false }).then(() => undefined),
  );

  it("are totalled per Bishkek day, per service and per office, oldest day first", async () => {
    const now = new Date();
    const today = bishkekDayOf(now);
    const osh = await registerTestClient(t.db, "days-osh", { inn: "02131313131313", office: "osh" });
    const ja = await registerTestClient(t.db, "days-ja", { inn: "02232323232323", office: "jalal-abad" });
    await connectToSoci(t.db, "02131313131313");
    const soci = (txnId: string, sumTyiyn: number) =>
      recordSociPayment({
        db: t.db,
        request: { txnId, account: "02131313131313", sumTyiyn, txnDate: now },
        limits,
      });
    await soci("d1", 50_000);
    const oshAmount = (await t.db.invoice.findUniqueOrThrow({ where: { number: osh } })).amountTyiyn;
    await recordEdsPayment({
      db: t.db,
      request: { txnId: "d2", account: osh, sumTyiyn: oshAmount, txnDate: now },
    });
    const cash = officePaymentSchema(now).parse({
      service: "eds",
      method: "cash",
      account: ja,
      amount: "500",
      receiptNumber: "JA-D1",
      office: "jalal-abad",
      paidOn: today,
    });
    expect((await recordOfficePayment({ db: t.db, actor: admin, payment: cash, limits })).ok).toBe(true);
    // One payment yesterday, one 30 days ago (outside the 30 days that end today).
    await soci("d3", 12_300);
    await soci("d4", 99_900);
    await t.db.payment.updateMany({
      where: { providerTxnId: "d3" },
      data: { receivedAt: new Date(now.getTime() - 24 * hour) },
    });
    await t.db.payment.updateMany({
      where: { providerTxnId: "d4" },
      data: { receivedAt: new Date(now.getTime() - 30 * 24 * hour) },
    });

    const days = await getPaymentDays({ db: t.db, actor: operator, until: today });
    expect(days).toHaveLength(30);
    expect(days.at(-1)!.day).toBe(today);
    expect(days[0]!.day).toBe(bishkekDayOf(new Date(now.getTime() - 29 * 24 * hour)));
    expect(days.at(-1)).toEqual({
      day: today,
      count: 3,
      sumTyiyn: 50_000 + oshAmount + 50_000,
      byService: { soci: 50_000, eds: oshAmount + 50_000 },
      byOffice: { osh: oshAmount, "jalal-abad": 50_000, none: 50_000 },
    });
    expect(days.at(-2)).toMatchObject({ count: 1, sumTyiyn: 12_300, byOffice: { none: 12_300 } });
    // Nothing else was counted on any other day.
    expect(days.slice(0, -2).every((d) => d.count === 0 && d.sumTyiyn === 0)).toBe(true);
    await expect(getPaymentDays({ db: t.db, actor: operator, until: "2026-02-30" })).rejects.toThrow(
      RangeError,
    );
  });
});
