// Kysely for the payment ledger: its queries are built by Kysely (typed by ledger-tables.ts) and
// compiled for SQLite or PostgreSQL, then handed to a StatementRunner, the driver layer of each
// database (sqlite-statements.ts: better-sqlite3; pg-statements.ts: `pg` on the pool Prisma's
// client uses). The runners map values both ways: a Date to each database's DateTime storage as
// Prisma keeps it, a boolean to SQLite's 0/1, and back by each column's type: 64-bit integers to
// exact numbers (or an error), DateTime to Date, SQLite's 0/1 to booleans. Nothing above this
// layer converts a value by hand.
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type Compilable,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";

export type LedgerProvider = "sqlite" | "postgresql";

export class InexactIntegerError extends Error {
  override name = "InexactIntegerError";
}

// A 64-bit integer (bigint from better-sqlite3, a decimal string from pg) as a number, only if
// that is exact.
export function exactInteger(value: bigint | string | number): number {
  const exact = typeof value === "bigint" ? value : BigInt(value);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new InexactIntegerError(`an integer beyond exact arithmetic: ${exact}`);
  }
  return Number(exact);
}

// Runs one statement: rows for a statement that returns them, else the number of rows changed.
export type StatementRunner = (
  sql: string,
  parameters: readonly unknown[],
) => Promise<{ rows: Record<string, unknown>[]; changes?: number }>;

class RunnerConnection implements DatabaseConnection {
  constructor(private readonly run: StatementRunner) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, changes } = await this.run(compiled.sql, compiled.parameters);
    return { rows: rows as R[], ...(changes === undefined ? {} : { numAffectedRows: BigInt(changes) }) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("the ledger does not stream");
  }
}

// Transactions are opened and ended around the ledger (ledger-access.ts), never by Kysely.
class RunnerDriver implements Driver {
  readonly #connection: RunnerConnection;
  constructor(run: StatementRunner) {
    this.#connection = new RunnerConnection(run);
  }
  async init() {}
  async acquireConnection() {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error("the ledger's transactions are opened by its unit of work");
  }
  async commitTransaction(): Promise<void> {
    throw new Error("the ledger's transactions are ended by its unit of work");
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error("the ledger's transactions are ended by its unit of work");
  }
  async releaseConnection() {}
  async destroy() {}
}

const runners = new WeakMap<object, { run: StatementRunner; provider: LedgerProvider }>();

// A value of a prepared query, filled in on each run.
class Slot {
  constructor(readonly name: string | symbol) {}
}

// A query built and compiled once per database kind (its text is the same on every connection and
// in every transaction), then run with new values: `build`
// gets, in place of its parameters, an object whose every property is a slot, so it must take
// values from it as they are and never decide anything on them (the statement's shape has to be
// the same for every run). Values the builder writes itself (constants) stay as compiled.
// Building and compiling a Kysely query costs about 10 µs, a good part of a SQLite payment.
export function prepared<DB, P extends object, O>(
  build: (db: Kysely<DB>, params: P) => Compilable<O>,
): (db: Kysely<DB>, params: P) => Promise<O[]> {
  const compiled = new Map<LedgerProvider, { sql: string; values: (Slot | unknown)[] }>();
  const slots = new Proxy({}, { get: (_, name) => new Slot(name) }) as P;
  return async (db, params) => {
    const runner = runners.get(db);
    if (!runner) throw new Error("not a Kysely instance made by kyselyOn()");
    let query = compiled.get(runner.provider);
    if (!query) {
      const { sql, parameters } = build(db, slots).compile();
      query = { sql, values: [...parameters] };
      compiled.set(runner.provider, query);
    }
    const values = query.values.map((v) => (v instanceof Slot ? params[v.name as keyof P] : v));
    return (await runner.run(query.sql, values)).rows as O[];
  };
}

// A Kysely instance whose every query goes to `run`.
export function kyselyOn<DB>(run: StatementRunner, provider: LedgerProvider): Kysely<DB> {
  const postgres = provider === "postgresql";
  const dialect: Dialect = {
    createDriver: () => new RunnerDriver(run),
    createAdapter: () => (postgres ? new PostgresAdapter() : new SqliteAdapter()),
    createQueryCompiler: () => (postgres ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    createIntrospector: (db) => (postgres ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
  };
  const db = new Kysely<DB>({ dialect });
  runners.set(db, { run, provider });
  return db;
}
