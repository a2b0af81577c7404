import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { createTestDatabase, testProviders, type TestDatabase } from "@/scripts/test/test-database";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { tyiynFromDatabase } from "@/lib/money";
import { basicAuth, megapayEnv, txnDate } from "./megapay-client";

const total = 2_000;
const killAfter = 600;
const concurrency = 16;

// One «СОчИ» pay as MegaPay sends it: the result and prv_txn, or null when no answer came (the
// app was killed before or while answering).
async function pay(
  app: AppServer,
  txn: string,
  inn: string,
): Promise<{ result: number; prvTxn: string } | null> {
  const query = new URLSearchParams({
    command: "pay",
    txn_id: txn,
    account: inn,
    sum: "10",
    txn_date: txnDate,
  });
  let response: Response;
  try {
    response = await fetch(`${app.url}/api/megapay/soci?${query}`, {
      headers: { Authorization: basicAuth() },
    });
  } catch {
    return null;
  }
  const xml = await response.text().catch(() => null);
  if (xml === null) return null;
  expect(response.status, xml).toBe(200);
  return {
    result: Number(/<result>(\d+)<\/result>/.exec(xml)?.[1]),
    prvTxn: /<prv_txn>(\d+)<\/prv_txn>/.exec(xml)?.[1] ?? "",
  };
}

// A power cut in the middle of MegaPay's traffic (issue 11): SIGKILL while 2,000 pays stream in.
// Every pay answered result 0 before the kill is there after a restart, replays with the same
// prv_txn, and MegaPay's retries of the others record each exactly once.
describe.each(testProviders)("MegaPay pays across a SIGKILL on %s", (provider) => {
  let t: TestDatabase;
  let app: AppServer;
  const inn = provider === "sqlite" ? "08080808080801" : "08080808080802";
  beforeAll(async () => {
    t = await createTestDatabase(provider, inject("postgresAdminUrl"));
    await seedTariffs({ db: t.db, overwrite: false });
    await registerTestClient(t.db, `crash-${provider}`, { inn });
    await connectToSoci(t.db, inn);
  });
  afterAll(async () => {
    await app?.stop();
    await t?.drop();
  });

  it("loses no answered pay and records each retried one once", async () => {
    const env = { DATABASE_URL: t.url, ...megapayEnv, LOG_LEVEL: "error" };
    app = await startApp(env, { killable: true });
    const txns = Array.from({ length: total }, (_, i) => `${Date.now()}${String(i).padStart(4, "0")}`);
    const answered = new Map<string, string>();
    let next = 0;
    let killing: Promise<void> | null = null;
    const worker = async () => {
      while (next < total) {
        const txn = txns[next++]!;
        const answer = await pay(app, txn, inn);
        if (answer?.result === 0) answered.set(txn, answer.prvTxn);
        if (answered.size >= killAfter) killing ??= app.kill();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await killing;
    expect(answered.size).toBeGreaterThanOrEqual(killAfter);
    expect(answered.size).toBeLessThan(total);

    app = await startApp(env, { killable: true });
    // Each answered pay is stored: MegaPay asking again gets the same prv_txn.
    for (const [txn, prvTxn] of answered)
      expect(await pay(app, txn, inn), txn).toEqual({ result: 0, prvTxn });
    // MegaPay retries the rest (some were recorded before the kill without an answer).
    const rest = txns.filter((txn) => !answered.has(txn));
    let r = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (r < rest.length) {
          const txn = rest[r++]!;
          expect((await pay(app, txn, inn))?.result, txn).toBe(0);
        }
      }),
    );
    const client = await t.db.client.findUniqueOrThrow({ where: { inn } });
    const entries = await t.db.balanceEntry.aggregate({
      where: { clientId: client.id },
      _sum: { amountTyiyn: true },
    });
    expect(await t.db.payment.count({ where: { clientId: client.id } })).toBe(total);
    expect(client.balanceTyiyn).toBe(total * 1_000);
    expect(tyiynFromDatabase(entries._sum.amountTyiyn ?? 0n)).toBe(client.balanceTyiyn);
  });
});
