import { describe, expect, it } from "vitest";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { exportPayments } from "./export-payments";
import { NotAllowedError } from "../staff/staff-access";
import { journalTotals } from "./journal-totals";
import { listPayments } from "./list-payments";
import { readPaymentJournalFilter } from "./payment-journal-filter";

const accountant: StaffActor = { id: "a", email: "a@dostek.kg", role: "accountant", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 100_000_000 };

describe.each(testProviders)("the payments journal on %s", (provider) => {
  let invoice = "";
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    invoice = await registerTestClient(t.db, "journal-1", {
      inn: "01717171717171",
      organizationName: "ОсОО Журнал",
    });
    await connectToSoci(t.db, "01717171717171");
    // 12 top-ups on the 24th (Bishkek), one EDS payment on the 25th.
    for (let i = 1; i <= 12; i++) {
      await recordSociPayment({
        db: t.db,
        limits,
        request: { txnId: `9${i}`, account: "01717171717171", sumTyiyn: i * 100, txnDate: new Date() },
      });
    }
    await t.db.payment.updateMany({ data: { receivedAt: new Date("2026-11-24T06:00:00Z") } });
    await recordEdsPayment({
      db: t.db,
      request: { txnId: "500", account: invoice, sumTyiyn: 120_000, txnDate: new Date() },
    });
    await t.db.payment.updateMany({
      where: { providerTxnId: "500" },
      data: { receivedAt: new Date("2026-11-24T19:00:00Z") },
    });
  });

  const list = (params: Record<string, string>, pageSize = 5) =>
    listPayments({ db: t.db, actor: accountant, filter: readPaymentJournalFilter(params), pageSize });

  it("lists newest first, a page at a time, with the totals of the whole filter", async () => {
    const first = await list({});
    expect(first.rows.map((r) => r.providerTxnId)).toEqual(["500", "912", "911", "910", "99"]);
    expect(first.totals).toEqual({ count: 13, sumTyiyn: 120_000 + 7_800 });
    const second = await list({ before: String(first.nextBefore) });
    expect(second.rows.map((r) => r.providerTxnId)).toEqual(["98", "97", "96", "95", "94"]);
    const third = await list({ before: String(second.nextBefore) });
    expect(third.rows.map((r) => r.providerTxnId)).toEqual(["93", "92", "91"]);
    expect(third.nextBefore).toBeNull();
  });

  it("filters by Bishkek day, service and search", async () => {
    expect((await list({ from: "2026-11-25", to: "2026-11-25" })).totals).toEqual({
      count: 1,
      sumTyiyn: 120_000,
    });
    expect((await list({ to: "2026-11-24" })).totals.count).toBe(12);
    expect((await list({ service: "eds" })).rows.map((r) => r.invoiceNumber)).toEqual([invoice]);
    expect((await list({ q: "97" })).rows.map((r) => r.sumTyiyn)).toEqual([700]);
    expect((await list({ q: invoice })).rows.map((r) => r.clientName)).toEqual(["ОсОО Журнал"]);
    expect((await list({ q: "0171 7171 7171 71" })).totals.count).toBe(13);
    // Malformed filters are dropped, not refused.
    expect((await list({ from: "yesterday", service: "cash", q: "<script>" })).totals.count).toBe(13);
  });

  it("exports every row of the filter, batch after batch", async () => {
    const rows = [];
    for await (const row of exportPayments({
      db: t.db,
      actor: accountant,
      filter: readPaymentJournalFilter({}),
      batchSize: 4,
    })) {
      rows.push(row.providerTxnId);
    }
    expect(rows).toHaveLength(13);
    expect(new Set(rows).size).toBe(13);
  });

  it("is for staff only", async () => {
    await expect(
      listPayments({
        db: t.db,
        actor: { id: "x", email: "x@dostek.kg", role: "visitor" as never, office: null },
        filter: readPaymentJournalFilter({}),
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("keeps its totals exact as payments arrive: settled ones are counted once an hour, new ones on every view", async () => {
    const all = readPaymentJournalFilter({});
    const before = await journalTotals(t.db, {});
    expect(before).toEqual({ count: 13, sumTyiyn: 127_800 });
    // A payment now: not settled yet, so it is counted on the next view.
    await recordSociPayment({
      db: t.db,
      limits,
      request: { txnId: "fresh-1", account: "01717171717171", sumTyiyn: 4_200, txnDate: new Date() },
    });
    expect((await listPayments({ db: t.db, actor: accountant, filter: all })).totals).toEqual({
      count: 14,
      sumTyiyn: 132_000,
    });
    // Two hours on, the same payments are all settled; the counts stay the same.
    const later = new Date(Date.now() + 2 * 3_600_000);
    expect(await journalTotals(t.db, {}, later)).toEqual({ count: 14, sumTyiyn: 132_000 });
    expect(await journalTotals(t.db, { service: "eds" }, later)).toEqual({ count: 1, sumTyiyn: 120_000 });
  });
});
