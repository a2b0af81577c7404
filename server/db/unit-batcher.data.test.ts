import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExclusiveLock } from "./exclusive-lock";
import { BatchAbortedError, UnitBatcher } from "./unit-batcher";

describe("SQLite group commit", () => {
  let connection: BetterSqlite3.Database;
  let lock: ExclusiveLock;
  let batcher: UnitBatcher<BetterSqlite3.Database>;

  // As the ledger begins a batch (ledger-access.ts): the process's lock, then BEGIN IMMEDIATE.
  const begin = async () => {
    const release = await lock.acquire();
    connection.exec("BEGIN IMMEDIATE");
    return { connection, exec: async (sql: string) => void connection.exec(sql), end: release };
  };

  beforeEach(() => {
    connection = new BetterSqlite3(path.join(mkdtempSync(path.join(tmpdir(), "dostek-batch-")), "b.db"));
    connection.exec(`CREATE TABLE t (v TEXT UNIQUE)`);
    lock = new ExclusiveLock();
    batcher = new UnitBatcher(begin);
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
    // The next batch starts afresh, and the lock was given back.
    await expect(batcher.run(insert("later"))).resolves.toBe("later");
    expect(rows()).toEqual(["later"]);
    await expect(lock.run(async () => "free")).resolves.toBe("free");
  });

  it("keeps a batch to its size and runs the rest in the next", async () => {
    const small = new UnitBatcher(begin, { maxUnits: 2 });
    const counted = (v: string) => async (c: BetterSqlite3.Database) => {
      if (!c.inTransaction) throw new Error("outside the batch's transaction");
      return insert(v)(c);
    };
    const values = ["c", "d", "e", "f", "g"];
    await expect(Promise.all(values.map((v) => small.run(counted(v))))).resolves.toEqual(values);
    expect(rows()).toEqual(values);
  });
});
