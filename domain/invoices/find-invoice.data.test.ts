import { describe, expect, it } from "vitest";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import type { StaffActor } from "@/config/staff-roles";
import { officePaymentSchema } from "@/domain/payments/office-payment-schema";
import { recordOfficePayment } from "@/domain/payments/record-office-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { findInvoice } from "./find-invoice";

describe.each(testProviders)("an invoice's receipt on %s", (provider) => {
  const t = useTestDatabase(provider, (t) =>
    seedTariffs({ db: t.db, overwrite: false }).then(() => undefined),
  );

  it("lists the payments recorded on it, oldest first, with MegaPay's txn_id only for MegaPay", async () => {
    const number = await registerTestClient(t.db, `receipt-${provider}`, {
      inn: "01717171717171",
      items: [{ code: "cloud-head", quantity: 1 }],
    });
    expect((await findInvoice({ db: t.db, number }))?.payments).toEqual([]);
    const txnDate = new Date("2026-11-26T08:00:00Z");
    await recordEdsPayment({
      db: t.db,
      request: { txnId: "777001", account: number, sumTyiyn: 100_000, txnDate },
    });
    const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
    const office = await recordOfficePayment({
      db: t.db,
      actor: admin,
      limits: { minTyiyn: 100, maxTyiyn: 50_000_000 },
      payment: officePaymentSchema(new Date("2026-11-26T06:00:00Z")).parse({
        service: "eds",
        method: "cash",
        account: number,
        amount: "510",
        receiptNumber: "K-17",
        office: "osh",
        paidOn: "2026-11-26",
      }),
    });
    expect(office.ok).toBe(true);
    // A replayed pay is the same payment, not a second line.
    await recordEdsPayment({
      db: t.db,
      request: { txnId: "777001", account: number, sumTyiyn: 100_000, txnDate },
    });

    const invoice = await findInvoice({ db: t.db, number });
    expect(invoice?.status).toBe("paid");
    expect(
      invoice?.payments.map(({ sumTyiyn, method, megapayTxnId }) => ({ sumTyiyn, method, megapayTxnId })),
    ).toEqual([
      { sumTyiyn: 100_000, method: "megapay", megapayTxnId: "777001" },
      { sumTyiyn: 51_000, method: "cash", megapayTxnId: null },
    ]);
    expect(invoice?.payments[0]?.receivedAt).toBeInstanceOf(Date);
  });
});
