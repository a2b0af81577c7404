import type { Kysely } from "kysely";
import { writeUnits, type UnitWrites } from "./deferred-payment-ledger";
import type { LedgerTables } from "./ledger-tables";
import { SerialBatches } from "./serial-batches";

interface Job {
  unit: UnitWrites;
  resolve: () => void;
  reject: (error: unknown) => void;
}

// Group commit on PostgreSQL: the writes of units that finish together go to the database as
// one statement (deferred-payment-ledger.ts writeUnits), so they share one commit and take each
// row lock once: a pay waits for no other pay's commit and no event-loop turn while a row is
// locked. One statement is in flight at a time; units that finish meanwhile form the next. Two
// units that read the same invoice never share a statement (the second would find the first's
// change); the second waits for the next one. If a statement of several units fails, each of
// them is written alone, so that every unit gets its own answer (a stale read, a txn_id
// recorded meanwhile, or success) and none is lost with another's failure.
export class PgWriteBatcher {
  readonly #db: Kysely<LedgerTables>;
  readonly #batches: SerialBatches<Job>;

  constructor(db: Kysely<LedgerTables>, { maxUnits = 64 }: { maxUnits?: number } = {}) {
    this.#db = db;
    this.#batches = new SerialBatches(
      (queue) => PgWriteBatcher.#take(queue, maxUnits),
      (batch) => this.#write(batch),
    );
  }

  write(unit: UnitWrites): Promise<void> {
    return new Promise((resolve, reject) => this.#batches.add({ unit, resolve, reject }));
  }

  // In order of arrival, at most one unit per invoice.
  static #take(queue: Job[], maxUnits: number): { batch: Job[]; later: Job[] } {
    const invoices = new Set<number>();
    const batch: Job[] = [];
    const later: Job[] = [];
    for (const job of queue) {
      const invoice = job.unit.invoice?.read.id;
      if (batch.length >= maxUnits || (invoice !== undefined && invoices.has(invoice))) {
        later.push(job);
        continue;
      }
      if (invoice !== undefined) invoices.add(invoice);
      batch.push(job);
    }
    return { batch, later };
  }

  async #write(batch: Job[]): Promise<void> {
    try {
      await writeUnits(
        this.#db,
        batch.map((job) => job.unit),
      );
      for (const job of batch) job.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const job of batch) await writeUnits(this.#db, [job.unit]).then(job.resolve, job.reject);
    }
  }
}
