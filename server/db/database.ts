import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { tyiynFromDatabase } from "@/lib/money";
import { getLogger } from "../log";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { providerOf, sqlitePath } from "./provider";
import { postgresLedgerAccess, sqliteLedgerAccess, type LedgerAccess } from "./ledger-access";
import type { PaymentLedger } from "./payment-ledger";
import { SerializedSqliteAdapterFactory } from "./sqlite-adapter";

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
      moneyRequest: { amountTyiyn: money("amountTyiyn") },
      bankTransfer: { amountTyiyn: money("amountTyiyn") },
      bankStatement: {
        incomingTyiyn: money("incomingTyiyn"),
        openingTyiyn: nullableMoney("openingTyiyn"),
        closingTyiyn: nullableMoney("closingTyiyn"),
      },
    },
  });
}

// The payment ledger travels with the client it shares its connection or pool with, as a
// client-level extension: Next.js may load this module once per route bundle while the client
// itself is shared through globalThis (server/db/index.ts).
function withLedger(client: SqliteClient, ledger: LedgerAccess) {
  return withExactMoney(client).$extends({ name: "payment-ledger", client: { $ledger: () => ledger } });
}

// Both generated clients come from the same models, so the SQLite client's type describes either.
export type Database = ReturnType<typeof withLedger>;
export type TransactionClient = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export interface DatabaseOptions {
  // SQLite: pragmas for each connection besides ours (tests: `max_page_count = N`, a full disk).
  sqlitePragmas?: string[];
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
    const factory = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0]);
    // The payment ledger runs its statements on the same pool (pg-statements.ts).
    const ledger = postgresLedgerAccess(pool);
    return withLedger(new PostgresClient({ adapter: factory }) as unknown as SqliteClient, ledger);
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const factory = new SerializedSqliteAdapterFactory(file, options.sqlitePragmas);
  return withLedger(new SqliteClient({ adapter: factory }), sqliteLedgerAccess(factory));
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.$disconnect();
  await db.$ledger().close();
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

// A unit of work on the payment ledger, committed as a whole or not at all; units that arrive
// together share one transaction and one commit (unit-batcher.ts).
export function runPaymentUnit<T>(db: Database, work: (ledger: PaymentLedger) => Promise<T>): Promise<T> {
  return db.$ledger().run(work);
}

// Reads on the payment ledger (MegaPay `check`), without a transaction.
export function readPaymentLedger<T>(db: Database, work: (ledger: PaymentLedger) => Promise<T>): Promise<T> {
  return db.$ledger().read(work);
}
