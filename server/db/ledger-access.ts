import type { SqlDriverAdapter, SqlQueryable } from "@prisma/driver-adapter-utils";
import type { Kysely } from "kysely";
import { deferredPaymentLedger, StaleReadError } from "./deferred-payment-ledger";
import { kyselyOn, type LedgerProvider } from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";
import { paymentLedger, type PaymentLedger } from "./payment-ledger";
import { UnitBatcher } from "./unit-batcher";

// How the payment ledger reaches its database: units of work (all or nothing) and plain reads,
// on the driver adapter Prisma's client also uses (SQLite: the same connection under the same
// lock; PostgreSQL: the same pool).
export interface LedgerAccess {
  run<T>(work: (ledger: PaymentLedger) => Promise<T>): Promise<T>;
  read<T>(work: (ledger: PaymentLedger) => Promise<T>): Promise<T>;
}

const kyselyByQueryable = new WeakMap<SqlQueryable, Kysely<LedgerTables>>();

function kyselyFor(queryable: SqlQueryable, provider: LedgerProvider): Kysely<LedgerTables> {
  let db = kyselyByQueryable.get(queryable);
  if (!db) {
    db = kyselyOn<LedgerTables>(queryable, provider);
    kyselyByQueryable.set(queryable, db);
  }
  return db;
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

// One transaction for one unit of work, its invoice row locked when read.
async function inTransaction<T>(adapter: SqlDriverAdapter, work: (ledger: PaymentLedger) => Promise<T>) {
  const transaction = await adapter.startTransaction();
  try {
    const result = await work(paymentLedger(kyselyFor(transaction, "postgresql"), { lockRows: true }));
    await transaction.executeRaw(statement("COMMIT"));
    await transaction.commit();
    return result;
  } catch (error) {
    await transaction.executeRaw(statement("ROLLBACK")).catch(() => {});
    await transaction.rollback();
    throw error;
  }
}

// SQLite: units that arrive together share one transaction and one commit (unit-batcher.ts);
// its statements are synchronous, so a batch never waits for the event loop.
export function sqliteLedgerAccess(adapter: () => Promise<SqlDriverAdapter>): LedgerAccess {
  const batcher = new UnitBatcher(async () => (await adapter()).startTransaction());
  return {
    run: (work) =>
      batcher.run((transaction) =>
        work(paymentLedger(kyselyFor(transaction, "sqlite"), { lockRows: false })),
      ),
    read: async (work) => work(paymentLedger(kyselyFor(await adapter(), "sqlite"), { lockRows: false })),
  };
}

// PostgreSQL: each unit reads at once and writes in one statement (deferred-payment-ledger.ts);
// if what it read changed before it wrote, it runs again in a transaction that locks the
// invoice's row from the read on, which always completes.
export function postgresLedgerAccess(adapter: () => Promise<SqlDriverAdapter>): LedgerAccess {
  return {
    async run(work) {
      const pool = await adapter();
      const unit = deferredPaymentLedger(kyselyFor(pool, "postgresql"));
      const result = await work(unit.ledger);
      try {
        await unit.flush();
        return result;
      } catch (error) {
        if (!(error instanceof StaleReadError)) throw error;
      }
      return inTransaction(pool, work);
    },
    read: async (work) => work(paymentLedger(kyselyFor(await adapter(), "postgresql"), { lockRows: false })),
  };
}
