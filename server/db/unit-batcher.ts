import { firstOf, SerialBatches } from "./serial-batches";

interface Job<C, T> {
  work: (connection: C) => Promise<T>;
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

// A transaction begun for a batch: what its units run on, a way to run plain statements
// (savepoints, COMMIT), and the end of the batch's hold on the connection.
export interface BatchTransaction<C> {
  connection: C;
  exec(sql: string): Promise<void>;
  end(): void;
}

// Group commit: units of work that arrive together run in one transaction (on SQLite begun
// IMMEDIATE under the process's lock), each inside its own savepoint (a unit that throws is
// rolled back alone), and all of them are answered only after the one COMMIT (and its fsync)
// has succeeded. If a unit fails in a way that ends the whole transaction (SQLite rolls back by
// itself after some I/O, full-disk and memory errors), or the COMMIT fails, nothing of the batch
// is recorded and every unit of it fails with BatchAbortedError carrying the original error.
// `maxUnits` bounds a batch, so that one transaction never holds the lock for long.
export class UnitBatcher<C> {
  readonly #begin: () => Promise<BatchTransaction<C>>;
  readonly #batches: SerialBatches<Job<C, unknown>>;

  constructor(begin: () => Promise<BatchTransaction<C>>, { maxUnits = 64 }: { maxUnits?: number } = {}) {
    this.#begin = begin;
    this.#batches = new SerialBatches(firstOf(maxUnits), (jobs) => this.#commit(jobs));
  }

  run<T>(work: (connection: C) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#batches.add({ work, resolve, reject } as Job<C, unknown>);
    });
  }

  async #runUnits(transaction: BatchTransaction<C>, jobs: Job<C, unknown>[]) {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    for (const job of jobs) {
      await transaction.exec("SAVEPOINT unit");
      try {
        outcomes.push({ ok: true, value: await job.work(transaction.connection) });
        await transaction.exec("RELEASE unit");
      } catch (error) {
        try {
          await transaction.exec("ROLLBACK TO unit");
          await transaction.exec("RELEASE unit");
        } catch {
          // No savepoint to go back to: the transaction itself is gone, and the batch with it.
          throw new BatchAbortedError(error);
        }
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  async #commit(jobs: Job<C, unknown>[]): Promise<void> {
    try {
      const transaction = await this.#begin();
      let outcomes;
      try {
        outcomes = await this.#runUnits(transaction, jobs);
        await transaction.exec("COMMIT");
      } catch (error) {
        await transaction.exec("ROLLBACK").catch(() => {});
        throw error instanceof BatchAbortedError ? error : new BatchAbortedError(error);
      } finally {
        transaction.end();
      }
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
    }
  }
}
