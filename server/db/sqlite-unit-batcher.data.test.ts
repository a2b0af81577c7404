import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExclusiveLock } from "./exclusive-lock";
import type { SerializedSqliteAdapter } from "./sqlite-adapter";
import { BatchAbortedError, SqliteUnitBatcher } from "./sqlite-unit-batcher";

describe("SQLite group commit", () => {
  let connection: BetterSqlite3.Database;
  let batcher: SqliteUnitBatcher;

  beforeEach(() => {
    connection = new BetterSqlite3(path.join(mkdtempSync(path.join(tmpdir(), "dostek-batch-")), "b.db"));
    connection.exec(`CREATE TABLE t (v TEXT UNIQUE)`);
    const lock = new ExclusiveLock();
    const adapter = { exclusive: (work) => lock.run(() => work(connection)) } as Pick<
      SerializedSqliteAdapter,
      "exclusive"
    > as SerializedSqliteAdapter;
    batcher = new SqliteUnitBatcher(async () => adapter);
  });
  afterEach(() => connection.close());

  const insert = (v: string) => async (c: BetterSqlite3.Database) => {
    c.prepare(`INSERT INTO t (v) VALUES (?)`).run(v);
    return v;
  };
  const rows = () =>
    (connection.prepare(`SELECT v FROM t ORDER BY v`).all() as { v: string }[]).map((r) => r.v);

  it("commits units that arrive together once, and rolls back only a unit that fails", async () => {
    const results = await Promise.allSettled([
      batcher.run(insert("a")),
      batcher.run(insert("a")),
      batcher.run(insert("b")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(rows()).toEqual(["a", "b"]);
  });

  it("fails every unit of a batch whose transaction a unit's failure ended, with the original error", async () => {
    const ioError = Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
    const results = await Promise.allSettled([
      batcher.run(insert("before")),
      batcher.run(async (c) => {
        c.prepare(`INSERT INTO t (v) VALUES ('doomed')`).run();
        // What SQLite does after some I/O and full-disk errors: the whole transaction is gone.
        c.exec("ROLLBACK");
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
    expect(rows()).toEqual([]);
    // The next batch starts afresh.
    await expect(batcher.run(insert("later"))).resolves.toBe("later");
    expect(rows()).toEqual(["later"]);
  });
});
