import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { bishkekDayOf } from "@/lib/dates";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { getDailyClose } from "./get-daily-close";
import { officePaymentSchema } from "./office-payment-schema";
import { recordOfficePayment } from "./record-office-payment";

const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };
const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

describe.each(testProviders)("the daily close on %s", (provider) => {
  const t = useTestDatabase(provider, (t) =>
    seedTariffs({ db: t.db, overwrite: false }).then(() => undefined),
  );

  it("totals the day per office, service and method, with invoices paid and signatures issued", async () => {
    const now = new Date();
    const today = bishkekDayOf(now);
    const osh = await registerTestClient(t.db, "close-osh", { inn: "02121212121212", office: "osh" });
    const ja = await registerTestClient(t.db, "close-ja", { inn: "02222222222222", office: "jalal-abad" });
    await connectToSoci(t.db, "02121212121212");
    const txnDate = now;
    await recordSociPayment({
      db: t.db,
      request: { txnId: "c1", account: "02121212121212", sumTyiyn: 50_000, txnDate },
      limits,
    });
    await recordSociPayment({
      db: t.db,
      request: { txnId: "c2", account: "02121212121212", sumTyiyn: 20_050, txnDate },
      limits,
    });
    // rutoken: 2 000 som; MegaPay pays the Osh invoice whole, the Jalal-Abad one in cash, partly.
    const oshAmount = (await t.db.invoice.findUniqueOrThrow({ where: { number: osh } })).amountTyiyn;
    await recordEdsPayment({
      db: t.db,
      request: { txnId: "c3", account: osh, sumTyiyn: oshAmount, txnDate },
    });
    const cash = officePaymentSchema(now).parse({
      service: "eds",
      method: "cash",
      account: ja,
      amount: "500",
      receiptNumber: "JA-1",
      office: "jalal-abad",
      paidOn: today,
    });
    expect((await recordOfficePayment({ db: t.db, actor: admin, payment: cash, limits })).ok).toBe(true);
    // Yesterday's payment is not today's.
    await recordSociPayment({
      db: t.db,
      request: { txnId: "c4", account: "02121212121212", sumTyiyn: 999_00, txnDate },
      limits,
    });
    await t.db.payment.updateMany({
      where: { providerTxnId: "c4" },
      data: { receivedAt: new Date(now.getTime() - 36 * 60 * 60 * 1000) },
    });
    const application = await t.db.application.findFirstOrThrow({ where: { invoice: { number: osh } } });
    await t.db.signatureIssue.create({
      data: {
        applicationId: application.id,
        serial: "SN-CLOSE-1",
        validFrom: now,
        validTo: now,
        issuedById: "admin-1",
      },
    });

    const close = await getDailyClose({ db: t.db, actor: accountant, day: today });
    expect(close.total).toEqual({ count: 4, sumTyiyn: 50_000 + 20_050 + oshAmount + 50_000 });
    expect(close.offices.map((o) => o.office)).toEqual(["osh", "jalal-abad", null]);
    const [oshClose, jaClose, none] = close.offices;
    expect(jaClose!.lines).toEqual([
      { service: "eds", method: "cash", reversal: false, count: 1, sumTyiyn: 50_000 },
    ]);
    expect(jaClose!.invoicesPaid.count).toBe(0);
    expect(oshClose!.lines).toEqual([
      { service: "eds", method: "megapay", reversal: false, count: 1, sumTyiyn: oshAmount },
    ]);
    expect(oshClose!.invoicesPaid).toEqual({ count: 1, amountTyiyn: oshAmount });
    expect(oshClose!.signaturesIssued).toBe(1);
    expect(none!.lines).toEqual([
      { service: "soci", method: "megapay", reversal: false, count: 2, sumTyiyn: 70_050 },
    ]);

    const yesterday = bishkekDayOf(new Date(now.getTime() - 36 * 60 * 60 * 1000));
    expect((await getDailyClose({ db: t.db, actor: accountant, day: yesterday })).total.sumTyiyn).toBe(
      99_900,
    );
  });

  it("is read by staff only, for a real day", async () => {
    await expect(
      getDailyClose({ db: t.db, actor: { ...accountant, role: "nobody" as never }, day: "2026-11-26" }),
    ).rejects.toThrow(NotAllowedError);
    await expect(getDailyClose({ db: t.db, actor: accountant, day: "2026-02-30" })).rejects.toThrow(
      RangeError,
    );
  });
});
