import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { deferredPaymentLedger, StaleReadError, writeUnits } from "./deferred-payment-ledger";
import { kyselyOn } from "./ledger-dialect";
import { pgReadBatcher, type PgReads } from "./pg-read-batcher";
import { pgRunner } from "./pg-statements";
import type { LedgerTables } from "./ledger-tables";
import { PgWriteBatcher } from "./pg-write-batcher";

describe("PostgreSQL payment units written in one statement", () => {
  let t: TestDatabase;
  let pool: pg.Pool;
  let db: ReturnType<typeof kyselyOn<LedgerTables>>;
  let reads: PgReads;
  let txn = 0;

  beforeAll(async () => {
    t = await createTestDatabase("postgresql", inject("postgresAdminUrl"));
    await seedTariffs({ db: t.db, overwrite: false });
    pool = new pg.Pool({ connectionString: t.url, max: 4 });
    db = kyselyOn<LedgerTables>(pgRunner(pool), "postgresql");
    reads = pgReadBatcher(db);
  });
  afterAll(async () => {
    await pool.end();
    await t.drop();
  });

  // What recordEdsPayment does for `sum` on the invoice, up to (not including) the flush.
  async function payInvoice(number: string, sumTyiyn: number) {
    const unit = deferredPaymentLedger(db, reads);
    const txnId = `deferred-${++txn}`;
    expect(await unit.ledger.findPayment("eds", txnId)).toBeNull();
    const invoice = (await unit.ledger.lockInvoice(number))!;
    const paymentId = await unit.ledger.insertPayment({
      method: "megapay",
      providerRequest: null,
      service: "eds",
      office: invoice.office,
      providerTxnId: txnId,
      account: number,
      sumTyiyn,
      providerTxnAt: new Date(),
      clientId: invoice.clientId,
      invoiceId: invoice.id,
    });
    await unit.ledger.insertPaymentNotification(paymentId);
    await unit.ledger.updateInvoicePayment(invoice.id, {
      paidTyiyn: invoice.paidTyiyn + sumTyiyn,
      status: "partly_paid",
      paidAt: null,
    });
    return { unit, paymentId, txnId };
  }

  const stored = async (number: string) => {
    const { paidTyiyn, status } = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    return {
      invoice: { paidTyiyn, status },
      payments: await t.db.payment.count({ where: { account: number } }),
      notifications: await t.db.notification.count(),
    };
  };

  it("writes the payment, its outbox row and the invoice together, with the id it took beforehand", async () => {
    const number = await registerTestClient(t.db, "deferred-1", { inn: "05050505050505" });
    const { unit, paymentId } = await payInvoice(number, 1_000);
    expect(await stored(number)).toMatchObject({ payments: 0 });
    await writeUnits(db, [unit.writes()!]);
    const payment = await t.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment).toMatchObject({ account: number, sumTyiyn: 1_000 });
    expect(await stored(number)).toMatchObject({
      invoice: { paidTyiyn: 1_000, status: "partly_paid" },
      payments: 1,
    });
  });

  it("writes nothing when the invoice changed after it was read", async () => {
    const number = await registerTestClient(t.db, "deferred-2", { inn: "06060606060606" });
    const first = await payInvoice(number, 2_000);
    const second = await payInvoice(number, 3_000);
    await writeUnits(db, [first.unit.writes()!]);
    const before = await stored(number);
    await expect(writeUnits(db, [second.unit.writes()!])).rejects.toBeInstanceOf(StaleReadError);
    expect(await stored(number)).toEqual(before);
    expect(await t.db.payment.count({ where: { id: second.paymentId } })).toBe(0);
  });

  it("writes nothing when an invoice it read but did not change was changed meanwhile", async () => {
    const number = await registerTestClient(t.db, "deferred-6", { inn: "04040404040404" });
    // A unit that read the invoice and only credits the client (as an overpayment of a paid
    // invoice does), while another unit pays the invoice.
    const unit = deferredPaymentLedger(db, reads);
    const invoice = (await unit.ledger.lockInvoice(number))!;
    await unit.ledger.creditBalance({
      clientId: invoice.clientId,
      amountTyiyn: 900,
      reason: "test_overpayment",
      paymentId: null!,
    });
    const other = await payInvoice(number, 1_500);
    await writeUnits(db, [other.unit.writes()!]);
    const balance = async () =>
      (await t.db.client.findUniqueOrThrow({ where: { id: invoice.clientId } })).balanceTyiyn;
    const before = await balance();
    await expect(writeUnits(db, [unit.writes()!])).rejects.toBeInstanceOf(StaleReadError);
    expect(await balance()).toBe(before);
    expect(await t.db.balanceEntry.count({ where: { reason: "test_overpayment" } })).toBe(0);
  });

  it("writes nothing when the txn_id was recorded meanwhile", async () => {
    const number = await registerTestClient(t.db, "deferred-3", { inn: "07070707070707" });
    const first = await payInvoice(number, 2_000);
    // Another unit with the same txn_id that looked before the first wrote (and credits the
    // client's balance, leaving the invoice alone).
    const unit = deferredPaymentLedger(db, reads);
    expect(await unit.ledger.findPayment("eds", first.txnId)).toBeNull();
    await writeUnits(db, [first.unit.writes()!]);
    const invoice = (await t.db.invoice.findUniqueOrThrow({ where: { number } }))!;
    await unit.ledger.insertPayment({
      method: "megapay",
      providerRequest: null,
      service: "eds",
      office: invoice.office,
      providerTxnId: first.txnId,
      account: number,
      sumTyiyn: 2_000,
      providerTxnAt: new Date(),
      clientId: invoice.clientId,
      invoiceId: invoice.id,
    });
    await unit.ledger.creditBalance({
      clientId: invoice.clientId,
      amountTyiyn: 2_000,
      reason: "x",
      paymentId: 1,
    });
    const before = await stored(number);
    await expect(writeUnits(db, [unit.writes()!])).rejects.toMatchObject({
      code: "23505",
    });
    expect(await stored(number)).toEqual(before);
    expect(await t.db.balanceEntry.count({ where: { clientId: invoice.clientId } })).toBe(0);
  });

  it("write the units that finish together in one statement, each unit answered for itself", async () => {
    const number = await registerTestClient(t.db, "deferred-4", { inn: "08080808080808" });
    const other = await registerTestClient(t.db, "deferred-5", { inn: "09090909090909" });
    const client = await t.db.client.findUniqueOrThrow({ where: { inn: "08080808080808" } });
    // Two credits to one client, a payment on another invoice, and a second unit on the first
    // invoice that read it before the first unit's change.
    const credit = async (amountTyiyn: number) => {
      const unit = deferredPaymentLedger(db, reads);
      await unit.ledger.creditBalance({
        clientId: client.id,
        amountTyiyn,
        reason: "test_credit",
        paymentId: null!,
      });
      return unit;
    };
    const first = await payInvoice(number, 1_000);
    const stale = await payInvoice(number, 2_000);
    const elsewhere = await payInvoice(other, 3_000);
    const batcher = new PgWriteBatcher(db);
    const results = await Promise.allSettled(
      [first.unit, stale.unit, elsewhere.unit, await credit(500), await credit(700)].map((unit) =>
        batcher.write(unit.writes()!),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StaleReadError);
    expect((await stored(number)).invoice).toEqual({ paidTyiyn: 1_000, status: "partly_paid" });
    expect((await stored(other)).invoice).toEqual({ paidTyiyn: 3_000, status: "partly_paid" });
    const after = await t.db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(after.balanceTyiyn - client.balanceTyiyn).toBe(1_200);
    expect(await t.db.balanceEntry.count({ where: { clientId: client.id, reason: "test_credit" } })).toBe(2);
  });
});
