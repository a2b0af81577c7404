import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, inject, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { withExactMoney } from "./database";
import { closeDatabase, createDatabase, isUniqueViolation, readPaymentLedger, runTransaction } from "./index";
import { createTestDatabase, testProviders, useTestDatabase } from "@/scripts/test/test-database";

class IntendedRollback extends Error {}

// 200 independent inserts while 100 interactive transactions run, each awaiting 1 ms before it
// ends, every second one rolling back. Returns the INNs acknowledged and those found afterwards.
async function runLostWriteScenario(db: ReturnType<typeof withExactMoney>) {
  const acknowledged: string[] = [];
  const inserts = Array.from({ length: 200 }, async (_, i) => {
    await sleep(i % 20);
    const inn = `2${String(i).padStart(13, "0")}`;
    await db.client.create({
      data: { inn, kind: "entrepreneur", name: `Independent ${i}`, headName: "H", phone: "+996700000000" },
    });
    acknowledged.push(inn);
  });
  const transactions = Array.from({ length: 100 }, async (_, i) => {
    try {
      await db.$transaction(async (tx) => {
        await tx.client.create({
          data: {
            inn: `0${String(i).padStart(13, "0")}`,
            kind: "legal",
            name: `Tx ${i}`,
            headName: "H",
            phone: "+996700000000",
          },
        });
        await sleep(1);
        if (i % 2 === 0) throw new IntendedRollback();
      });
    } catch (error) {
      if (!(error instanceof IntendedRollback)) throw error;
    }
  });
  await Promise.all([...inserts, ...transactions]);
  const rows = await db.client.findMany({ where: { inn: { in: acknowledged } }, select: { inn: true } });
  return { acknowledged, stored: rows.map((c) => c.inn).sort() };
}

describe.each(testProviders)("database on %s", (provider) => {
  const t = useTestDatabase(provider);

  it("keeps every acknowledged write while interactive transactions await and roll back", async () => {
    const { acknowledged, stored } = await runLostWriteScenario(t.db);
    expect(acknowledged).toHaveLength(200);
    expect(stored).toEqual([...acknowledged].sort());
    expect(await t.db.client.count({ where: { kind: "legal" } })).toBe(50);
  });

  it("leaves exactly one row when 50 concurrent inserts race for the same unique key", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        t.db.tariff.create({ data: { code: "race", nameKy: "k", nameRu: "r", priceTyiyn: 100 } }),
      ),
    );
    const rejected = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    for (const r of rejected) expect(isUniqueViolation((r as PromiseRejectedResult).reason)).toBe(true);
    expect(await t.db.tariff.count({ where: { code: "race" } })).toBe(1);
  });

  it("rolls back every write of a failed transaction", async () => {
    await expect(
      runTransaction(t.db, async (tx) => {
        await tx.tariff.create({ data: { code: "half", nameKy: "k", nameRu: "r", priceTyiyn: 1 } });
        await tx.tariff.create({ data: { code: "half", nameKy: "k", nameRu: "r", priceTyiyn: 1 } });
      }),
    ).rejects.toSatisfy(isUniqueViolation);
    expect(await t.db.tariff.count({ where: { code: "half" } })).toBe(0);
  });
});

describe("SQLite connection settings", () => {
  const t = useTestDatabase("sqlite");

  it("would lose acknowledged writes through Prisma's stock adapter (why ours exists)", async () => {
    const stock = withExactMoney(
      new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: t.url.replace(/^file:/, "") }) }),
    );
    try {
      const { acknowledged, stored } = await runLostWriteScenario(stock);
      expect(acknowledged).toHaveLength(200);
      expect(stored.length).toBeLessThan(acknowledged.length);
    } finally {
      await stock.$disconnect();
    }
  });

  it("uses WAL, synchronous=FULL, foreign keys and a busy timeout", async () => {
    const [mode] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await t.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    const [fk] = await t.db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    const [busy] = await t.db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(2);
    expect(Number(fk?.foreign_keys)).toBe(1);
    expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
  });
});

describe("PostgreSQL connections", () => {
  it("are one pool per instance, of the configured size, shared by Prisma and the payment ledger", async () => {
    const t = await createTestDatabase("postgresql", inject("postgresAdminUrl"));
    const db = createDatabase(t.url, { postgresPoolSize: 3 });
    try {
      // Prisma's queries and ledger reads at once, more than the pool holds.
      await Promise.all([
        ...Array.from({ length: 20 }, () => db.$queryRawUnsafe("SELECT 1 AS one FROM pg_sleep(0.02)")),
        ...Array.from({ length: 20 }, () =>
          readPaymentLedger(db, (ledger) => ledger.describeClient("00000000000000")),
        ),
      ]);
      const name = new URL(t.url).pathname.slice(1);
      const [row] = await t.db.$queryRawUnsafe<{ open: bigint }[]>(
        `SELECT count(*) AS open FROM pg_stat_activity WHERE datname = '${name}' AND application_name = 'dostek'`,
      );
      // This instance's three, and the test database's own client (also "dostek", pool of 20, one
      // connection used here).
      expect(Number(row!.open)).toBeLessThanOrEqual(4);
    } finally {
      await closeDatabase(db);
      await t.drop();
    }
  });
});
