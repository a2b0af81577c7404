import type BetterSqlite3 from "better-sqlite3";
import type { SerializedSqliteAdapter } from "./sqlite-adapter";

interface Job<T> {
  work: (connection: BetterSqlite3.Database) => Promise<T>;
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

// Group commit for SQLite: units of work that arrive together run in one IMMEDIATE transaction,
// each inside its own savepoint (a unit that throws is rolled back alone), and all of them are
// answered only after the one COMMIT (and its fsync, synchronous=FULL) has succeeded. If a unit
// fails in a way that ends the whole transaction (SQLite rolls back by itself after some I/O,
// full-disk and memory errors), or the COMMIT fails, nothing of the batch is recorded and every
// unit of it fails with BatchAbortedError carrying the original error.
export class SqliteUnitBatcher {
  readonly #adapter: () => Promise<SerializedSqliteAdapter>;
  #queue: Job<unknown>[] = [];
  #flushing = false;

  constructor(adapter: () => Promise<SerializedSqliteAdapter>) {
    this.#adapter = adapter;
  }

  run<T>(work: (connection: BetterSqlite3.Database) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve, reject } as Job<unknown>);
      if (!this.#flushing && this.#queue.length === 1) setImmediate(() => void this.#flush());
    });
  }

  // A read on the raw connection, outside any transaction (so it sees committed data only).
  async read<T>(work: (connection: BetterSqlite3.Database) => Promise<T>): Promise<T> {
    const adapter = await this.#adapter();
    return adapter.exclusive(work);
  }

  async #flush(): Promise<void> {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = true;
    const jobs = this.#queue;
    this.#queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      const adapter = await this.#adapter();
      await adapter.exclusive(async (connection) => {
        connection.exec("BEGIN IMMEDIATE");
        try {
          for (const job of jobs) {
            connection.exec("SAVEPOINT unit");
            try {
              outcomes.push({ ok: true, value: await job.work(connection) });
              connection.exec("RELEASE unit");
            } catch (error) {
              // Without a transaction there is no savepoint to go back to: the whole batch is gone.
              if (!connection.inTransaction) throw new BatchAbortedError(error);
              connection.exec("ROLLBACK TO unit");
              connection.exec("RELEASE unit");
              outcomes.push({ ok: false, error });
            }
          }
          connection.exec("COMMIT");
        } catch (error) {
          if (connection.inTransaction) connection.exec("ROLLBACK");
          throw error instanceof BatchAbortedError ? error : new BatchAbortedError(error);
        }
      });
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
