import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { kyselyOn } from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";
import { paymentLookupQuery, pgReadBatcher } from "./pg-read-batcher";
import { pgRunner } from "./pg-statements";

describe("PostgreSQL's gathered payment lookups", () => {
  let t: TestDatabase;
  let pool: pg.Pool;
  let db: ReturnType<typeof kyselyOn<LedgerTables>>;

  beforeAll(async () => {
    t = await createTestDatabase("postgresql", inject("postgresAdminUrl"));
    await seedTariffs({ db: t.db, overwrite: false });
    await registerTestClient(t.db, "lookups", { inn: "03030303030303" });
    const { id } = await t.db.client.findUniqueOrThrow({ where: { inn: "03030303030303" } });
    // Enough payments that a sequential scan would cost more than the index; not analyzed, as
    // on a busy day before autovacuum comes round.
    await t.db.$executeRawUnsafe(
      `INSERT INTO "Payment" (service, method, "providerTxnId", account, "sumTyiyn", "providerTxnAt", "receivedAt", "clientId")
       SELECT 'soci', 'megapay', 'seeded-' || g, '03030303030303', g, now(), now(), ${id} FROM generate_series(1, 5000) g`,
    );
    pool = new pg.Pool({ connectionString: t.url, max: 2 });
    db = kyselyOn<LedgerTables>(pgRunner(pool), "postgresql");
  });
  afterAll(async () => {
    await pool.end();
    await t.drop();
  });

  it("answers each key of one batch in order, a key asked twice with its own next id", async () => {
    const reads = pgReadBatcher(db);
    const asked = [
      ["soci", "seeded-17"],
      ["soci", "missing-1"],
      ["eds", "seeded-17"],
      ["soci", "missing-1"],
      ["soci", "seeded-4999"],
    ] as const;
    // Asked in one turn of the event loop: one statement.
    const answers = await Promise.all(asked.map(([service, txnId]) => reads.findPayment(service, txnId)));
    expect(answers.map((a) => a.payment?.sumTyiyn ?? null)).toEqual([17, null, null, null, 4999]);
    expect(answers[0]!.payment).toMatchObject({ account: "03030303030303" });
    const ids = answers.map((a) => a.nextId);
    expect(new Set(ids).size).toBe(asked.length);
    expect(Math.min(...ids)).toBeGreaterThan(5000);
  });

  it("is planned once for any keys through the unique index, never a scan of all payments", async () => {
    const { sql, parameters } = paymentLookupQuery(db, {
      services: ["soci", "soci"],
      txnIds: ["seeded-1", "missing"],
    }).compile();
    const literal = (value: unknown) => `'${Array.isArray(value) ? `{${value.join(",")}}` : String(value)}'`;
    const client = await pool.connect();
    try {
      // As the server plans a statement prepared once and run many times (pg-statements.ts).
      await client.query("SET plan_cache_mode = force_generic_plan");
      await client.query(`PREPARE lookup AS ${sql}`);
      const { rows } = await client.query(
        `EXPLAIN (FORMAT JSON) EXECUTE lookup(${parameters.map(literal).join(", ")})`,
      );
      const nodes: { "Node Type": string; "Relation Name"?: string; "Index Name"?: string }[] = [];
      const walk = (node: { Plans?: unknown[] } & (typeof nodes)[number]) => {
        nodes.push(node);
        for (const child of node.Plans ?? []) walk(child as typeof node);
      };
      walk(rows[0]["QUERY PLAN"][0].Plan);
      const onPayments = nodes.filter((node) => node["Relation Name"] === "Payment");
      expect(onPayments.map((node) => node["Node Type"])).toEqual(["Index Scan"]);
      expect(onPayments[0]!["Index Name"]).toBe("Payment_service_providerTxnId_key");
    } finally {
      client.release();
    }
  });
});
