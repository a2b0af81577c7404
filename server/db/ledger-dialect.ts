// Kysely on Prisma's own driver adapters: the payment ledger's queries are built by Kysely
// (typed by ledger-tables.ts) and run through the same `SqlQueryable` interface Prisma's query
// engine uses, on the same SQLite connection (under its lock) or the same PostgreSQL pool. The
// adapters already turn a Date argument into each database's DateTime storage and a boolean into
// SQLite's 0/1; the results come back with each column's type, by which this driver turns 64-bit
// integers into exact numbers (or fails), DateTime into Date and SQLite's 0/1 into booleans.
// Nothing above this layer converts a value by hand.
import {
  ColumnTypeEnum,
  type ArgType,
  type ColumnType,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";

export type LedgerProvider = "sqlite" | "postgresql";

export class InexactIntegerError extends Error {
  override name = "InexactIntegerError";
}

// A 64-bit integer (bigint, or the decimal string Prisma's adapters hand over) as a number, only
// if that is exact.
export function exactInteger(value: unknown): number {
  const exact = typeof value === "bigint" ? value : BigInt(String(value));
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new InexactIntegerError(`an integer beyond exact arithmetic: ${exact}`);
  }
  return Number(exact);
}

export function columnValue(value: unknown, type: ColumnType | null): unknown {
  if (value === null) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Int64:
      return exactInteger(value);
    case ColumnTypeEnum.Boolean:
      // SQLite keeps booleans as integers.
      return value === true || value === 1 || value === "1" || value === 1n;
    case ColumnTypeEnum.DateTime:
      return new Date(String(value));
    default:
      return value;
  }
}

function rowsOf(result: SqlResultSet): Record<string, unknown>[] {
  const { columnNames, columnTypes } = result;
  return result.rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++)
      row[columnNames[i]!] = columnValue(values[i], columnTypes[i]!);
    return row;
  });
}

const argTypeOf = (value: unknown): ArgType => ({
  arity: "scalar",
  scalarType:
    value instanceof Date
      ? "datetime"
      : typeof value === "boolean"
        ? "boolean"
        : typeof value === "bigint"
          ? "bigint"
          : typeof value === "number"
            ? Number.isInteger(value)
              ? "bigint"
              : "float"
            : "string",
});

// Statements that hand rows back: reads, and writes with RETURNING.
const returnsRows = (query: CompiledQuery) =>
  query.query.kind === "SelectQueryNode" ||
  query.query.kind === "RawNode" ||
  ("returning" in query.query && query.query.returning !== undefined);

// Runs one statement: rows for a statement that returns them, else the number of rows changed.
export type StatementRunner = (
  sql: string,
  parameters: readonly unknown[],
  returnsRows: boolean,
) => Promise<{ rows: Record<string, unknown>[]; changes?: number }>;

// On a Prisma driver adapter (PostgreSQL: the pool Prisma's client uses, or one of its
// transactions).
export const adapterRunner =
  (queryable: SqlQueryable): StatementRunner =>
  async (sql, parameters, returnsRows) => {
    const query = { sql, args: [...parameters], argTypes: parameters.map(argTypeOf) };
    if (returnsRows) return { rows: rowsOf(await queryable.queryRaw(query)) };
    return { rows: [], changes: await queryable.executeRaw(query) };
  };

class RunnerConnection implements DatabaseConnection {
  constructor(private readonly run: StatementRunner) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, changes } = await this.run(compiled.sql, compiled.parameters, returnsRows(compiled));
    return { rows: rows as R[], ...(changes === undefined ? {} : { numAffectedRows: BigInt(changes) }) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("the ledger does not stream");
  }
}

// Transactions are opened and ended around the ledger (unit-batcher.ts), never by Kysely.
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

// A Kysely instance whose every query goes to `run`.
export function kyselyOn<DB>(run: StatementRunner, provider: LedgerProvider): Kysely<DB> {
  const dialect: Dialect = {
    createDriver: () => new RunnerDriver(run),
    createAdapter: () => (provider === "postgresql" ? new PostgresAdapter() : new SqliteAdapter()),
    createQueryCompiler: () =>
      provider === "postgresql" ? new PostgresQueryCompiler() : new SqliteQueryCompiler(),
    createIntrospector: (db) =>
      provider === "postgresql" ? new PostgresIntrospector(db) : new SqliteIntrospector(db),
  };
  return new Kysely<DB>({ dialect });
}
