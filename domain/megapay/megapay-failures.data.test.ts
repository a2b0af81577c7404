import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { useTestDatabase } from "@/scripts/test/test-database";
import { closeDatabase, createDatabase, type Database } from "@/server/db";
import { processMegapayRequest } from "./process-megapay-request";

// Failures of ours answer result 1 ("retry later") with nothing recorded, and the retry then
// records the payment once.
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
let txn = 5000;

function pay(db: Database, service: "soci" | "eds", account: string, sum: string, txnId = String(++txn)) {
  const errors: unknown[] = [];
  const params = new URLSearchParams({
    command: "pay",
    txn_id: txnId,
    account,
    sum,
    txn_date: "20261124150000",
  });
  return processMegapayRequest({
    db,
    service,
    params,
    sociLimits: limits,
    onError: (error) => errors.push(error),
  }).then((processed) => ({ result: processed.log.result, txnId, errors }));
}

async function register(db: Database, inn: string, key: string) {
  const invoice = await registerTestClient(db, key, {
    inn,
    organizationName: "ОсОО Бирлик",
    items: [{ code: "cloud-head", quantity: 1 }],
  });
  await connectToSoci(db, inn);
  return invoice;
}

describe("MegaPay failures on PostgreSQL", () => {
  const t = useTestDatabase("postgresql", async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });

  it("answers 1 when the pool has no free connection in time, then records the retry once", async () => {
    await register(t.db, "01212121212121", "pool-1");
    const small = createDatabase(t.url, { postgresPoolSize: 1, poolTimeoutMs: 200 });
    try {
      let release!: () => void;
      let holdingConnection!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const connected = new Promise<void>((resolve) => (holdingConnection = resolve));
      // The pool's one connection opened first (its 200 ms limit also bounds opening one).
      await small.$queryRawUnsafe("SELECT 1");
      // Prisma's transaction holds the one connection of the pool the ledger shares. Its body runs
      // once it has the connection, so the pay below finds the pool empty.
      const holding = small.$transaction(
        () => {
          holdingConnection();
          return held;
        },
        { timeout: 30_000 },
      );
      // (A transaction that cannot start rejects `holding`, and the test fails at once.)
      await Promise.race([connected, holding]);
      const refused = await pay(small, "soci", "01212121212121", "150.00");
      expect(refused.result).toBe(1);
      expect(String(refused.errors[0])).toMatch(/timeout/i);
      release();
      await holding;
      expect((await pay(small, "soci", "01212121212121", "150.00", refused.txnId)).result).toBe(0);
      expect((await pay(small, "soci", "01212121212121", "150.00", refused.txnId)).result).toBe(0);
      expect(await t.db.payment.count({ where: { providerTxnId: refused.txnId } })).toBe(1);
    } finally {
      await closeDatabase(small);
    }
  });

  it("answers 1 when an invoice stays locked past the lock timeout", async () => {
    const number = await register(t.db, "01313131313131", "lock-1");
    const quick = createDatabase(t.url, { postgresPoolSize: 2, lockTimeoutMs: 200 });
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "Invoice" WHERE "number" = $1 FOR UPDATE`, [number]);
      const refused = await pay(quick, "eds", number, "1510.00");
      expect(refused.result).toBe(1);
      expect(refused.errors[0]).toMatchObject({ code: "55P03" });
      await holder.query("ROLLBACK");
      expect((await pay(quick, "eds", number, "1510.00", refused.txnId)).result).toBe(0);
      expect(await t.db.invoice.findUniqueOrThrow({ where: { number } })).toMatchObject({ status: "paid" });
    } finally {
      await holder.end();
      await closeDatabase(quick);
    }
  });

  it("takes a 10,000,000.00 som EDS payment and a balance past 2^31 tyiyn, exactly", async () => {
    const number = await register(t.db, "01414141414141", "big-1");
    expect((await pay(t.db, "eds", number, "10000000.00")).result).toBe(0);
    expect((await pay(t.db, "eds", number, "25000000.00")).result).toBe(0);
    const client = await t.db.client.findUniqueOrThrow({ where: { inn: "01414141414141" } });
    // 10,000,000 − 1,510 som overpaid, then 25,000,000 som on a paid invoice: all to the balance.
    expect(client.balanceTyiyn).toBe(3_500_000_000 - 151_000);
    expect(client.balanceTyiyn).toBeGreaterThan(2 ** 31);
    const big = await t.db.payment.findFirstOrThrow({ where: { account: number }, orderBy: { id: "desc" } });
    expect(big.sumTyiyn).toBe(2_500_000_000);
    expect((await pay(t.db, "soci", "01414141414141", "500000.00")).result).toBe(0);
    expect((await t.db.client.findUniqueOrThrow({ where: { inn: "01414141414141" } })).balanceTyiyn).toBe(
      3_500_000_000 - 151_000 + 50_000_000,
    );
  });
});

describe("MegaPay failures on SQLite", () => {
  const t = useTestDatabase("sqlite", async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });

  it("answers 1 when the disk is full, and records the retry once there is room", async () => {
    await register(t.db, "01515151515151", "full-1");
    const [row] = await t.db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    const pages = Number(row?.page_count);
    // The same database where no page may be added, on every connection it opens (Prisma's and
    // the payment ledger's).
    const full = createDatabase(t.url, { sqlitePragmas: [`max_page_count = ${pages}`] });
    let refused: Awaited<ReturnType<typeof pay>> | undefined;
    try {
      for (let i = 0; i < 500 && !refused; i++) {
        const answer = await pay(full, "soci", "01515151515151", "150.00");
        if (answer.result !== 0) refused = answer;
      }
    } finally {
      await closeDatabase(full);
    }
    expect(refused?.result).toBe(1);
    expect(String(refused?.errors[0])).toMatch(/full/i);
    expect((await pay(t.db, "soci", "01515151515151", "150.00", refused!.txnId)).result).toBe(0);
    expect(await t.db.payment.count({ where: { providerTxnId: refused!.txnId } })).toBe(1);
  });
});
