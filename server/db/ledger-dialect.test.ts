import { describe, expect, it } from "vitest";
import {
  exactInteger,
  InexactIntegerError,
  kyselyOn,
  prepared,
  type StatementRunner,
} from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";

function recording() {
  const calls: { sql: string; parameters: readonly unknown[] }[] = [];
  const run: StatementRunner = async (sql, parameters) => {
    calls.push({ sql, parameters });
    return { rows: [] };
  };
  return { calls, db: kyselyOn<LedgerTables>(run, "postgresql") };
}

describe("the ledger's driver layer", () => {
  it("turns 64-bit integers into numbers only when exact", () => {
    expect(exactInteger(2n ** 40n)).toBe(2 ** 40);
    expect(exactInteger("-9007199254740991")).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => exactInteger("9007199254740993")).toThrow(InexactIntegerError);
    expect(() => exactInteger(2n ** 63n - 1n)).toThrow(InexactIntegerError);
  });

  it("builds and compiles a prepared query once, then binds each run's values in place", async () => {
    const { calls, db } = recording();
    let builds = 0;
    const notify = prepared((kysely: typeof db, p: { paymentId: number; at: Date }) => {
      builds++;
      return kysely.insertInto("Notification").values({
        event: "paymentRecorded",
        subjectId: p.paymentId,
        state: "pending",
        nextAttemptAt: p.at,
        createdAt: p.at,
      });
    });
    const first = new Date("2026-11-26T10:00:00Z");
    const second = new Date("2026-11-26T11:00:00Z");
    await notify(db, { paymentId: 7, at: first });
    await notify(db, { paymentId: 8, at: second });
    expect(builds).toBe(1);
    expect(calls[0]!.sql).toBe(calls[1]!.sql);
    // The builder's own constants stay; the slots take each run's values.
    expect(calls[0]!.parameters).toEqual(["paymentRecorded", 7, "pending", first, first]);
    expect(calls[1]!.parameters).toEqual(["paymentRecorded", 8, "pending", second, second]);
  });

  it("compiles a prepared query for each database it runs on", async () => {
    const pg = recording();
    const sqlite = (() => {
      const calls: string[] = [];
      const db = kyselyOn<LedgerTables>(async (sql) => (calls.push(sql), { rows: [] }), "sqlite");
      return { calls, db };
    })();
    const find = prepared((kysely: typeof pg.db, p: { inn: string }) =>
      kysely.selectFrom("Client").select("id").where("inn", "=", p.inn),
    );
    await find(pg.db, { inn: "1" });
    await find(sqlite.db, { inn: "1" });
    expect(pg.calls[0]!.sql).toContain("$1");
    expect(sqlite.calls[0]).toContain("?");
  });
});
