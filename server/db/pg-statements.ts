// The payment ledger's statements on PostgreSQL: `pg` on the pool Prisma's client also uses (one
// pool per instance). Values as Prisma keeps them: a Date is written as UTC wall time (DateTime
// columns are `timestamp(3)` without a zone, which ignores a literal's offset) and read back as
// that UTC instant; BIGINT comes back exact or as an error, never rounded.
import { createHash } from "node:crypto";
import pg from "pg";
import { exactInteger, type StatementRunner } from "./ledger-dialect";

const { builtins } = pg.types;
const parsers: Partial<Record<number, (value: string) => unknown>> = {
  [builtins.INT8]: exactInteger,
  [builtins.TIMESTAMP]: (value) => new Date(`${value.replace(" ", "T")}Z`),
  [builtins.TIMESTAMPTZ]: (value) => new Date(value),
};
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    (format !== "binary" && parsers[oid]) ||
    pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

const argument = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

// Every statement of the ledger is built once (`prepared` in ledger-dialect.ts), so there are a
// handful of fixed texts: each is prepared once per connection under a name and then only
// executed, which spares the server parsing and planning it on every payment. The name is a hash
// of the text, so that it means the same statement wherever this module is loaded (Next.js may
// load it once per route bundle, all on one pool).
const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ledger_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

// On the pool (a statement on its own, in its own implicit transaction) or on one client that
// holds a transaction.
export const pgRunner =
  (client: pg.Pool | pg.PoolClient): StatementRunner =>
  async (text, parameters) => {
    const result = await client.query({ name: nameOf(text), text, values: parameters.map(argument), types });
    return result.command === "SELECT" || result.fields.length > 0
      ? { rows: result.rows }
      : { rows: [], changes: result.rowCount ?? 0 };
  };
