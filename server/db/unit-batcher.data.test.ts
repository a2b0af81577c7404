import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "@/scripts/test/test-database";
import { sqlitePath } from "./provider";
import { SerializedSqliteAdapterFactory } from "./sqlite-adapter";
import { BatchAbortedError, UnitBatcher } from "./unit-batcher";

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

describe.each(testProviders)("group commit on %s", (provider) => {
  let database: TestDatabase;
  let adapter: SqlDriverAdapter;
  let close: () => Promise<void>;
  let batcher: UnitBatcher;

  beforeEach(async () => {
    database = await createTestDatabase(provider, inject("postgresAdminUrl"), { migrate: false });
    if (provider === "sqlite") {
      adapter = await new SerializedSqliteAdapterFactory(sqlitePath(database.url)).connect();
      close = () => adapter.dispose();
    } else {
      const pool = new pg.Pool({ connectionString: database.url, max: 2 });
      adapter = await new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0]).connect();
      close = () => pool.end();
    }
    await adapter.executeScript(`CREATE TABLE t (v TEXT UNIQUE)`);
    batcher = new UnitBatcher(() => adapter.startTransaction());
  });
  afterEach(async () => {
    await close();
    await database.drop();
  });

  const insert = (v: string) => async (transaction: SqlQueryable) => {
    await transaction.executeRaw(statement(`INSERT INTO t (v) VALUES ('${v}')`));
    return v;
  };
  const rows = async () =>
    (await adapter.queryRaw(statement(`SELECT v FROM t ORDER BY v`))).rows.map((row) => row[0]);

  it("commits units that arrive together once, and rolls back only a unit that fails", async () => {
    const results = await Promise.allSettled([
      batcher.run(insert("a")),
      batcher.run(insert("a")),
      batcher.run(insert("b")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await rows()).toEqual(["a", "b"]);
  });

  it("fails every unit of a batch whose transaction a unit's failure ended, with the original error", async () => {
    const ioError = Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
    const results = await Promise.allSettled([
      batcher.run(insert("before")),
      batcher.run(async (transaction) => {
        await transaction.executeRaw(statement(`INSERT INTO t (v) VALUES ('doomed')`));
        // What SQLite does after some I/O and full-disk errors, and what a lost connection does:
        // the whole transaction is gone.
        await transaction.executeRaw(statement("ROLLBACK"));
        throw ioError;
      }),
      batcher.run(insert("after")),
    ]);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    for (const r of results) {
      const reason = (r as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(BatchAbortedError);
      expect((reason as Error).cause).toBe(ioError);
    }
    expect(await rows()).toEqual([]);
    // The next batch starts afresh.
    await expect(batcher.run(insert("later"))).resolves.toBe("later");
    expect(await rows()).toEqual(["later"]);
  });

  it("keeps a batch to its size and runs the rest in the next", async () => {
    const small = new UnitBatcher(() => adapter.startTransaction(), { maxUnits: 2 });
    const values = ["c", "d", "e", "f", "g"];
    await expect(Promise.all(values.map((v) => small.run(insert(v))))).resolves.toEqual(values);
    expect(await rows()).toEqual(values);
  });
});
