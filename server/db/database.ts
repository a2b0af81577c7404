import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { tyiynFromDatabase } from "@/lib/money";
import { getLogger } from "../log";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { providerOf, sqlitePath } from "./provider";
import type { PaymentLedger } from "./payment-ledger";
import { pgPaymentLedger } from "./pg-payment-ledger";
import { SerializedSqliteAdapterFactory } from "./sqlite-adapter";
import { sqlitePaymentLedger } from "./sqlite-payment-ledger";
import { SqliteUnitBatcher } from "./sqlite-unit-batcher";

// Money columns are 64-bit (BigInt) on both databases, which Prisma reads as bigint. The rest of
// the code counts tyiyn in numbers, so every money field is read back through tyiynFromDatabase:
// exact, or an error, never rounded. (Writes take numbers as they are.)
const money = <K extends string>(field: K) => ({
  needs: { [field]: true } as { [P in K]: true },
  compute: (row: { [P in K]: bigint }) => tyiynFromDatabase(row[field]),
});

const nullableMoney = <K extends string>(field: K) => ({
  needs: { [field]: true } as { [P in K]: true },
  compute: (row: { [P in K]: bigint | null }) => (row[field] === null ? null : tyiynFromDatabase(row[field])),
});

export function withExactMoney(client: SqliteClient) {
  return client.$extends({
    name: "exact-money",
    result: {
      client: { balanceTyiyn: money("balanceTyiyn") },
      tariff: { priceTyiyn: money("priceTyiyn") },
      invoice: { amountTyiyn: money("amountTyiyn"), paidTyiyn: money("paidTyiyn") },
      invoiceItem: { unitPriceTyiyn: money("unitPriceTyiyn"), amountTyiyn: money("amountTyiyn") },
      payment: { sumTyiyn: money("sumTyiyn") },
      balanceEntry: { amountTyiyn: money("amountTyiyn") },
      reconciliationItem: { sumTyiyn: nullableMoney("sumTyiyn") },
    },
  });
}

// Both generated clients come from the same models, so the SQLite client's type describes either.
export type Database = ReturnType<typeof withExactMoney>;
export type TransactionClient = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export interface DatabaseOptions {
  postgresPoolSize?: number;
  // PostgreSQL: how long to wait for a free connection, and inside a statement for a lock.
  poolTimeoutMs?: number;
  lockTimeoutMs?: number;
}

// A statement that runs longer than this is cancelled (57014): nothing a request does here
// takes more than a fraction of it, and a stuck one must not hold its connection forever.
const statementTimeoutMs = 15_000;

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  if (providerOf(url) === "postgresql") {
    // One pool per instance, of DATABASE_POOL_SIZE connections, shared by Prisma and the payment
    // ledger (PrismaPg uses a pool it is given and leaves ending it to us, closeDatabase).
    const pool = new pg.Pool({
      connectionString: url,
      max: options.postgresPoolSize ?? 10,
      connectionTimeoutMillis: options.poolTimeoutMs ?? 5_000,
      lock_timeout: options.lockTimeoutMs ?? 5_000,
      statement_timeout: statementTimeoutMs,
      application_name: "dostek",
    });
    // A connection that fails while idle (the server restarted, a network cut) is dropped by the
    // pool, which opens another on demand; without a listener the error would end the process.
    pool.on("error", (error: Error & { code?: string }) =>
      getLogger().warn(
        { code: error.code, reason: error.message },
        "an idle PostgreSQL connection failed; the pool replaces it",
      ),
    );
    // The adapter's own @types/pg is another copy of the same declarations; at run time there is
    // one `pg` (the adapter checks `instanceof pg.Pool`, and database.data.test.ts counts the
    // connections).
    const adapter = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0]);
    const db = withExactMoney(new PostgresClient({ adapter }) as unknown as SqliteClient);
    attachLedgerAccess(db, { pool });
    return db;
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const factory = new SerializedSqliteAdapterFactory(file);
  const db = withExactMoney(new SqliteClient({ adapter: factory }));
  attachLedgerAccess(db, {
    batcher: new SqliteUnitBatcher(async () => {
      if (!factory.connected) await db.$connect();
      return factory.connected!;
    }),
  });
  return db;
}

// How the payment ledger reaches the database: on SQLite the batcher on the adapter's own
// connection, on PostgreSQL the pool Prisma's adapter also uses. It travels on the client object
// under a global symbol, because Next.js may load this module once per route bundle while the
// client itself is shared through globalThis (server/db/index.ts).
type LedgerAccess = { batcher: SqliteUnitBatcher; pool?: undefined } | { pool: pg.Pool; batcher?: undefined };
const ledgerAccessKey = Symbol.for("dostek.db.ledger-access");

function attachLedgerAccess(db: Database, access: LedgerAccess): void {
  Object.defineProperty(db, ledgerAccessKey, { value: access, enumerable: false });
}

function ledgerAccessOf(db: Database): LedgerAccess {
  const access = (db as unknown as Record<symbol, LedgerAccess | undefined>)[ledgerAccessKey];
  if (!access) throw new Error("not a database made by createDatabase()");
  return access;
}

async function inPostgresTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.$disconnect();
  await ledgerAccessOf(db).pool?.end();
}

const transactionLimits = { maxWait: 10_000, timeout: 15_000 } as const;

// `timeoutMs` only for bulk work that is known to take longer (an import of thousands of rows).
export function runTransaction<T>(
  db: Database,
  work: (tx: TransactionClient) => Promise<T>,
  { timeoutMs = transactionLimits.timeout }: { timeoutMs?: number } = {},
): Promise<T> {
  return db.$transaction(work, { ...transactionLimits, timeout: timeoutMs });
}

// A unit of work on the payment ledger, committed as a whole or not at all. On SQLite, units
// that arrive together share one transaction and one fsync (see sqlite-unit-batcher.ts); on
// PostgreSQL each is its own transaction.
export function runPaymentUnit<T>(db: Database, work: (ledger: PaymentLedger) => Promise<T>): Promise<T> {
  const { batcher, pool } = ledgerAccessOf(db);
  if (batcher) return batcher.run((connection) => work(sqlitePaymentLedger(connection)));
  return inPostgresTransaction(pool, (client) => work(pgPaymentLedger(client)));
}

// Reads on the payment ledger (MegaPay `check`), without a transaction.
export function readPaymentLedger<T>(db: Database, work: (ledger: PaymentLedger) => Promise<T>): Promise<T> {
  const { batcher, pool } = ledgerAccessOf(db);
  if (batcher) return batcher.read((connection) => work(sqlitePaymentLedger(connection)));
  return work(pgPaymentLedger(pool));
}
