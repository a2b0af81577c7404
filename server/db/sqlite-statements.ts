// The payment ledger's statements on SQLite: run on a better-sqlite3 connection of the ledger's
// own, each prepared once and kept (preparing every statement anew, as Prisma's adapter does,
// tripled a payment's CPU time), with values mapped as Prisma's SQLite adapter stores them: a
// Date as ISO 8601 text, a boolean as 0/1; and read back by each column's declared type (64-bit
// integers exact or an error, DATETIME as Date, BOOLEAN as boolean).
import BetterSqlite3 from "better-sqlite3";
import { exactInteger, type StatementRunner } from "./ledger-dialect";
import { connectionPragmas, sqliteBusyTimeoutMs } from "./sqlite-adapter";

type Read = (value: unknown) => unknown;
// Integers come back as bigint (the statements use safeIntegers): exact numbers or an error, in
// any column, declared or computed.
const integer: Read = (value) => (typeof value === "bigint" ? exactInteger(value) : value);
const byDeclaredType: Record<string, Read> = {
  BOOLEAN: (value) => value === 1n,
  DATETIME: (value) => new Date(String(value)),
};

const argument = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().replace("Z", "+00:00")
    : typeof value === "boolean"
      ? Number(value)
      : value;

interface Prepared {
  statement: BetterSqlite3.Statement;
  columns: [string, Read][];
}

export function openLedgerConnection(file: string, extraPragmas = ""): BetterSqlite3.Database {
  const connection = new BetterSqlite3(file, { timeout: sqliteBusyTimeoutMs });
  connection.exec(connectionPragmas);
  if (extraPragmas) connection.exec(extraPragmas);
  return connection;
}

export function sqliteRunner(connection: BetterSqlite3.Database): StatementRunner {
  const cache = new Map<string, Prepared>();
  const prepare = (sql: string): Prepared => {
    let prepared = cache.get(sql);
    if (!prepared) {
      const statement = connection.prepare(sql).safeIntegers(true);
      const columns = statement.reader
        ? statement
            .columns()
            .map((c): [string, Read] => [c.name, byDeclaredType[c.type?.toUpperCase() ?? ""] ?? integer])
        : [];
      prepared = { statement, columns };
      cache.set(sql, prepared);
    }
    return prepared;
  };
  return async (sql, parameters) => {
    const { statement, columns } = prepare(sql);
    const args = parameters.map(argument);
    if (!statement.reader) return { rows: [], changes: statement.run(...args).changes };
    const rows = (statement.all(...args) as Record<string, unknown>[]).map((raw) => {
      const row: Record<string, unknown> = {};
      for (const [name, read] of columns) {
        const value = raw[name];
        row[name] = value === null ? null : read(value);
      }
      return row;
    });
    return { rows };
  };
}
