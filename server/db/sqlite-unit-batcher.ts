import type BetterSqlite3 from "better-sqlite3";
import type { SerializedSqliteAdapter } from "./sqlite-adapter";

interface Job<T> {
  work: (connection: BetterSqlite3.Database) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

// Group commit for SQLite: units of work that arrive together run in one IMMEDIATE transaction,
// each inside its own savepoint (a unit that throws is rolled back alone), and all of them are
// answered only after the one COMMIT (and its fsync, synchronous=FULL) has succeeded. If the
// COMMIT fails, every unit of the batch fails and nothing of it is recorded.
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
              connection.exec("ROLLBACK TO unit");
              connection.exec("RELEASE unit");
              outcomes.push({ ok: false, error });
            }
          }
          connection.exec("COMMIT");
        } catch (error) {
          if (connection.inTransaction) connection.exec("ROLLBACK");
          throw error;
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
