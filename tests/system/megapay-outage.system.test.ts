import pg from "pg";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, createDatabase, type Database } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/test/throwaway-postgres";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { callMegapay, megapayEnv, nextTxnId, txnDate } from "./megapay-client";

describe("MegaPay API while PostgreSQL is down", () => {
  let cluster: ThrowawayPostgres;
  let app: AppServer;
  let db: Database;
  let invoiceNumber: string;
  const inn = "01212121212121";

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE outage");
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, "/outage");
    await applyMigrations(url);
    app = await startApp({ DATABASE_URL: url, ...megapayEnv });
    db = createDatabase(url, { postgresPoolSize: 2 });
    invoiceNumber = await registerTestClient(db, "outage", { inn });
    await connectToSoci(db, inn);
  });
  afterAll(async () => {
    await app?.stop();
    await (db ? closeDatabase(db) : Promise.resolve()).catch(() => undefined);
    cluster?.remove();
  });

  it("answers result 1 (never a 5xx or HTML) and records the retried pays once when it is back", async () => {
    const pay = (txn_id: string) =>
      callMegapay(app.url, "soci", { command: "pay", txn_id, account: inn, sum: "50", txn_date: txnDate });
    expect((await pay(nextTxnId())).result).toBe(0);

    cluster.stop();
    const during = Array.from({ length: 5 }, () => nextTxnId());
    for (const txn of during) {
      const answer = await pay(txn);
      expect(answer.result).toBe(1);
      expect(answer.prv_txn).toBeUndefined();
    }
    expect((await callMegapay(app.url, "soci", { command: "check", txn_id: "1", account: inn })).result).toBe(
      1,
    );
    const edsDuring = await callMegapay(app.url, "eds", {
      command: "pay",
      txn_id: nextTxnId(),
      account: invoiceNumber,
      sum: "10",
      txn_date: txnDate,
    });
    expect(edsDuring.result).toBe(1);

    cluster.start();
    const retried = [];
    for (const txn of during) retried.push(await pay(txn));
    for (const txn of during) expect((await pay(txn)).result).toBe(0);
    expect(retried.every((a) => a.result === 0)).toBe(true);
    await closeDatabase(db).catch(() => undefined);
    db = createDatabase(cluster.url.replace(/\/postgres$/, "/outage"), { postgresPoolSize: 2 });
    expect(await db.payment.count()).toBe(6);
    expect((await db.client.findUniqueOrThrow({ where: { inn } })).balanceTyiyn).toBe(6 * 5_000);
  });
});
