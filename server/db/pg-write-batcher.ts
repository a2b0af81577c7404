import type { Kysely } from "kysely";
import { writeUnits, type UnitWrites } from "./deferred-payment-ledger";
import type { LedgerTables } from "./ledger-tables";

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
  readonly #maxUnits: number;
  #queue: Job[] = [];
  #writing = false;

  constructor(db: Kysely<LedgerTables>, { maxUnits = 64 }: { maxUnits?: number } = {}) {
    this.#db = db;
    this.#maxUnits = maxUnits;
  }

  write(unit: UnitWrites): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ unit, resolve, reject });
      if (!this.#writing && this.#queue.length === 1) setImmediate(() => void this.#flush());
    });
  }

  #take(): Job[] {
    const invoices = new Set<number>();
    const batch: Job[] = [];
    const rest: Job[] = [];
    for (const job of this.#queue) {
      const invoice = job.unit.invoice?.read.id;
      if (batch.length >= this.#maxUnits || (invoice !== undefined && invoices.has(invoice))) {
        rest.push(job);
        continue;
      }
      if (invoice !== undefined) invoices.add(invoice);
      batch.push(job);
    }
    this.#queue = rest;
    return batch;
  }

  async #flush(): Promise<void> {
    if (this.#writing || this.#queue.length === 0) return;
    this.#writing = true;
    const batch = this.#take();
    try {
      await writeUnits(
        this.#db,
        batch.map((job) => job.unit),
      );
      for (const job of batch) job.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const job of batch) await writeUnits(this.#db, [job.unit]).then(job.resolve, job.reject);
    } finally {
      this.#writing = false;
      if (this.#queue.length > 0) setImmediate(() => void this.#flush());
    }
  }
}
