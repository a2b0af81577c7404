import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import type pg from "pg";
import { deferredPaymentLedger, StaleReadError } from "./deferred-payment-ledger";
import { kyselyOn } from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";
import { paymentLedger, type PaymentLedger } from "./payment-ledger";
import { pgReadBatcher } from "./pg-read-batcher";
import { pgRunner } from "./pg-statements";
import { PgWriteBatcher } from "./pg-write-batcher";
import type { SerializedSqliteAdapterFactory } from "./sqlite-adapter";
import { openLedgerConnection, sqliteRunner } from "./sqlite-statements";
import { UnitBatcher } from "./unit-batcher";

// How the payment ledger reaches its database: units of work (all or nothing) and plain reads.
// SQLite: a connection of the ledger's own, under the same process lock as Prisma's; PostgreSQL:
// the pool Prisma's client uses. Beside it, `write`: one short transaction of plain Kysely
// queries on the same tables, for bulk rows that Prisma's query engine would write a hundred
// times slower while holding SQLite's lock (a bank statement's lines, bank-statement-rows.ts).
export interface LedgerAccess {
  run<T>(work: (ledger: PaymentLedger) => Promise<T>): Promise<T>;
  read<T>(work: (ledger: PaymentLedger) => Promise<T>): Promise<T>;
  write<T>(work: (db: Kysely<LedgerTables>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Work in one transaction on one connection.
async function inTransaction<T>(pool: pg.Pool, work: (db: Kysely<LedgerTables>) => Promise<T>) {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(kyselyOn<LedgerTables>(pgRunner(client), "postgresql"));
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

// SQLite: units that arrive together share one transaction and one commit (unit-batcher.ts);
// its statements are synchronous, so a batch never waits for the event loop.
export function sqliteLedgerAccess(factory: SerializedSqliteAdapterFactory): LedgerAccess {
  let opened: { connection: BetterSqlite3.Database; db: Kysely<LedgerTables> } | null = null;
  const open = () => {
    if (!opened) {
      const connection = openLedgerConnection(factory.path, factory.extraPragmas);
      opened = { connection, db: kyselyOn<LedgerTables>(sqliteRunner(connection), "sqlite") };
    }
    return opened;
  };
  const batcher = new UnitBatcher(async () => {
    const release = await factory.lock.acquire();
    try {
      const { connection, db } = open();
      connection.exec("BEGIN IMMEDIATE");
      return { connection: db, exec: async (sql: string) => void connection.exec(sql), end: release };
    } catch (error) {
      release();
      throw error;
    }
  });
  const ledger = (db: Kysely<LedgerTables>) => paymentLedger(db, { lockRows: false });
  return {
    run: (work) => batcher.run((db) => work(ledger(db))),
    read: (work) => factory.lock.run(() => work(ledger(open().db))),
    write: (work) =>
      factory.lock.run(async () => {
        const { connection, db } = open();
        connection.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(db);
          connection.exec("COMMIT");
          return result;
        } catch (error) {
          if (connection.inTransaction) connection.exec("ROLLBACK");
          throw error;
        }
      }),
    close: () =>
      factory.lock.run(async () => {
        opened?.connection.close();
        opened = null;
      }),
  };
}

// PostgreSQL: each unit reads at once, and its writes go out with those of the units that
// finish together in one statement (deferred-payment-ledger.ts, pg-write-batcher.ts); if what it
// read changed before it wrote, it runs again in a transaction that locks the invoice's row from
// the read on, which always completes.
export function postgresLedgerAccess(pool: pg.Pool): LedgerAccess {
  const db = kyselyOn<LedgerTables>(pgRunner(pool), "postgresql");
  const reads = pgReadBatcher(db);
  const batcher = new PgWriteBatcher(db);
  return {
    async run(work) {
      const unit = deferredPaymentLedger(db, reads);
      const result = await work(unit.ledger);
      const writes = unit.writes();
      if (!writes) return result;
      try {
        await batcher.write(writes);
        return result;
      } catch (error) {
        if (!(error instanceof StaleReadError)) throw error;
      }
      // One unit in one transaction, its invoice row locked when read.
      return inTransaction(pool, (tx) => work(paymentLedger(tx, { lockRows: true })));
    },
    read: (work) => work(deferredPaymentLedger(db, reads).ledger),
    write: (work) => inTransaction(pool, work),
    close: () => pool.end(),
  };
}
