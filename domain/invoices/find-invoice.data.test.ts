import { describe, expect, it } from "vitest";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import type { StaffActor } from "@/config/staff-roles";
import { officePaymentSchema } from "@/domain/payments/office-payment-schema";
import { recordOfficePayment } from "@/domain/payments/record-office-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { payInvoiceInFull } from "@/scripts/test/signature-fixture";
import { checkDocuments } from "../applications/check-documents";
import { issueSignature } from "../applications/issue-signature";
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

  it("follows the signature's way: paid, documents checked at the chosen office, issued until", async () => {
    const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
    const number = await registerTestClient(t.db, `progress-${provider}`, {
      inn: "01717171717172",
      office: "jalal-abad",
    });
    const progress = async () => (await findInvoice({ db: t.db, number }))?.progress;
    expect(await progress()).toEqual({
      office: "jalal-abad",
      documentsCheckedAt: null,
      signatureValidTo: null,
    });
    const applicationId = await payInvoiceInFull(t.db, number);
    const checkedAt = new Date("2026-12-01T05:00:00Z");
    await checkDocuments({ db: t.db, actor: admin, applicationId, now: checkedAt });
    expect(await progress()).toMatchObject({ documentsCheckedAt: checkedAt, signatureValidTo: null });
    await issueSignature({ db: t.db, actor: admin, applicationId, serial: `P-${provider}`, now: checkedAt });
    expect(await progress()).toMatchObject({ signatureValidTo: new Date("2027-12-01T05:00:00Z") });

    // A cancelled invoice has no way to follow.
    const cancelled = await registerTestClient(t.db, `progress-x-${provider}`, { inn: "01717171717173" });
    await t.db.invoice.update({ where: { number: cancelled }, data: { status: "cancelled" } });
    expect((await findInvoice({ db: t.db, number: cancelled }))?.progress).toBeNull();
  });
});
