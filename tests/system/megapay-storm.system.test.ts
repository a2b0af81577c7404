import { tyiynFromDatabase } from "@/lib/money";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { callMegapay, megapayEnv, nextTxnId, txnDate } from "./megapay-client";

// Runs `work` over `items` with at most `limit` in flight.
async function pool<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

describe("three app instances on one PostgreSQL under a duplicate storm", () => {
  let t: TestDatabase;
  let apps: AppServer[] = [];
  const clients = ["01010101010101", "01010101010102", "01010101010103", "01010101010104"];
  const invoices: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase("postgresql", inject("postgresAdminUrl"));
    apps = await Promise.all(
      [0, 1, 2].map(() => startApp({ DATABASE_URL: t.url, ...megapayEnv, DATABASE_POOL_SIZE: "10" })),
    );
    for (const [i, inn] of clients.entries()) {
      invoices.push(await registerTestClient(t.db, `storm-${i}`, { inn, organizationName: `ОсОО ${i}` }));
      await connectToSoci(t.db, inn);
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await t?.drop();
  });

  it("records exactly 100 payments from 50 copies of each of 100 txn_ids", async () => {
    const payments = Array.from({ length: 100 }, (_, i) => ({
      txn_id: nextTxnId(),
      account: clients[i % clients.length]!,
      sum: `${100 + i}.${String(i % 100).padStart(2, "0")}`,
    }));
    const requests = payments.flatMap((p) => Array.from({ length: 50 }, () => p));
    requests.sort(() => Math.random() - 0.5);
    const answers = await pool(requests, 50, (p, i) =>
      callMegapay(
        apps[i % apps.length]!.url,
        "soci",
        { command: "pay", ...p, txn_date: txnDate },
        { method: i % 2 ? "POST" : "GET" },
      ),
    );
    expect(answers.every((a) => a.result === 0)).toBe(true);
    const prvByTxn = new Map<string, Set<string>>();
    answers.forEach((a) =>
      prvByTxn.set(a.osmp_txn_id, (prvByTxn.get(a.osmp_txn_id) ?? new Set()).add(a.prv_txn!)),
    );
    expect(prvByTxn.size).toBe(100);
    expect([...prvByTxn.values()].every((set) => set.size === 1)).toBe(true);

    expect(await t.db.payment.count({ where: { service: "soci" } })).toBe(100);
    for (const inn of clients) {
      const expected = payments
        .filter((p) => p.account === inn)
        .reduce((sum, p) => sum + Math.round(Number(p.sum) * 100), 0);
      const client = await t.db.client.findUniqueOrThrow({ where: { inn } });
      const ledger = await t.db.balanceEntry.aggregate({
        where: { clientId: client.id },
        _sum: { amountTyiyn: true },
      });
      expect(client.balanceTyiyn).toBe(expected);
      expect(tyiynFromDatabase(ledger._sum.amountTyiyn ?? 0n)).toBe(expected);
    }
  });

  it("pays two invoices with 60 different payments, 5 copies each, and credits exactly the overflow", async () => {
    // The PostgreSQL ledger reads an invoice without locking it and writes only if it is still as
    // read: payments on one invoice from three instances at once must still add up exactly.
    const targets = invoices.slice(0, 2);
    const payments = Array.from({ length: 60 }, (_, i) => ({
      txn_id: nextTxnId(),
      account: targets[i % 2]!,
      sum: "100.00",
    }));
    const requests = payments.flatMap((p) => Array.from({ length: 5 }, () => p));
    requests.sort(() => Math.random() - 0.5);
    const answers = await pool(requests, 50, (p, i) =>
      callMegapay(apps[i % apps.length]!.url, "eds", { command: "pay", ...p, txn_date: txnDate }),
    );
    expect(answers.every((a) => a.result === 0)).toBe(true);
    const prvByTxn = new Map<string, Set<string>>();
    answers.forEach((a) =>
      prvByTxn.set(a.osmp_txn_id, (prvByTxn.get(a.osmp_txn_id) ?? new Set()).add(a.prv_txn!)),
    );
    expect([...prvByTxn.values()].every((set) => set.size === 1)).toBe(true);
    expect(await t.db.payment.count({ where: { service: "eds" } })).toBe(60);
    for (const [i, number] of targets.entries()) {
      const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
      // 30 payments of 100.00 som: the invoice is paid in full, the rest goes to the balance.
      expect(invoice).toMatchObject({ paidTyiyn: invoice.amountTyiyn, status: "paid" });
      const client = await t.db.client.findUniqueOrThrow({ where: { inn: clients[i]! } });
      const ledger = await t.db.balanceEntry.aggregate({
        where: { clientId: client.id },
        _sum: { amountTyiyn: true },
      });
      const sociTopUps = await t.db.payment.aggregate({
        where: { service: "soci", clientId: client.id },
        _sum: { sumTyiyn: true },
      });
      const overflow = 30 * 10_000 - invoice.amountTyiyn;
      expect(client.balanceTyiyn).toBe(tyiynFromDatabase(sociTopUps._sum.sumTyiyn ?? 0n) + overflow);
      expect(tyiynFromDatabase(ledger._sum.amountTyiyn ?? 0n)).toBe(client.balanceTyiyn);
    }
  });
});
