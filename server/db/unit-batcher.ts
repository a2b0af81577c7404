import type { SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

interface Job<T> {
  work: (transaction: SqlQueryable) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

// A batch that could not commit: every unit of it answers with this, the first cause inside.
export class BatchAbortedError extends Error {
  override name = "BatchAbortedError";
  constructor(cause: unknown) {
    super(`the group commit's transaction ended: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

// Group commit: units of work that arrive together run in one transaction of a Prisma driver
// adapter (on SQLite begun IMMEDIATE under the connection's lock, on PostgreSQL on one pooled
// connection), each inside its own savepoint (a unit that throws is rolled back alone), and all
// of them are answered only after the one COMMIT (and its fsync) has succeeded. If a unit fails
// in a way that ends the whole transaction (SQLite rolls back by itself after some I/O,
// full-disk and memory errors; a lost connection), or the COMMIT fails, nothing of the batch is
// recorded and every unit of it fails with BatchAbortedError carrying the original error.
// `maxUnits` bounds a batch, so that one transaction never holds its locks for long.
export class UnitBatcher {
  readonly #begin: () => Promise<Transaction>;
  readonly #maxUnits: number;
  #queue: Job<unknown>[] = [];
  #flushing = false;

  constructor(begin: () => Promise<Transaction>, { maxUnits = 64 }: { maxUnits?: number } = {}) {
    this.#begin = begin;
    this.#maxUnits = maxUnits;
  }

  run<T>(work: (transaction: SqlQueryable) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve, reject } as Job<unknown>);
      if (!this.#flushing && this.#queue.length === 1) setImmediate(() => void this.#flush());
    });
  }

  async #runUnits(transaction: Transaction, jobs: Job<unknown>[]) {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    for (const job of jobs) {
      await transaction.executeRaw(statement("SAVEPOINT unit"));
      try {
        outcomes.push({ ok: true, value: await job.work(transaction) });
        await transaction.executeRaw(statement("RELEASE SAVEPOINT unit"));
      } catch (error) {
        try {
          await transaction.executeRaw(statement("ROLLBACK TO SAVEPOINT unit"));
          await transaction.executeRaw(statement("RELEASE SAVEPOINT unit"));
        } catch {
          // No savepoint to go back to: the transaction itself is gone, and the batch with it.
          throw new BatchAbortedError(error);
        }
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  async #flush(): Promise<void> {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = true;
    const jobs = this.#queue.splice(0, this.#maxUnits);
    try {
      const transaction = await this.#begin();
      let outcomes;
      try {
        outcomes = await this.#runUnits(transaction, jobs);
        await transaction.executeRaw(statement("COMMIT"));
      } catch (error) {
        await transaction.executeRaw(statement("ROLLBACK")).catch(() => {});
        await transaction.rollback();
        throw error instanceof BatchAbortedError ? error : new BatchAbortedError(error);
      }
      await transaction.commit();
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
    } finally {
      this.#flushing = false;
      if (this.#queue.length > 0) setImmediate(() => void this.#flush());
    }
  }
}
