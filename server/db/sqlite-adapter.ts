// Prisma's better-sqlite3 adapter shares one connection between all requests and serializes only
// transactions: a query from another request that arrives while an interactive transaction awaits
// something runs inside that transaction, sees its uncommitted rows, and is lost if it rolls back.
// This adapter puts every statement outside a transaction behind the same lock as transactions,
// and begins transactions IMMEDIATE so that the write lock is taken up front.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { ExclusiveLock } from "./exclusive-lock";

export const sqliteBusyTimeoutMs = 10_000;

export const connectionPragmas = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`,
].join(";\n");

export class SerializedSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #lock: ExclusiveLock;

  constructor(inner: SqlDriverAdapter, lock: ExclusiveLock) {
    this.#inner = inner;
    this.#lock = lock;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#lock.run(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#lock.run(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#lock.run(() => this.#inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      return this.#inner.startTransaction(isolationLevel);
    }
    const release = await this.#lock.acquire();
    try {
      await this.#inner.executeScript("BEGIN IMMEDIATE");
    } catch (error) {
      release();
      throw error;
    }
    const inner = this.#inner;
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => inner.queryRaw(query),
      executeRaw: (query) => inner.executeRaw(query),
      async commit() {
        release();
      },
      async rollback() {
        release();
      },
    };
  }

  dispose(): Promise<void> {
    return this.#lock.run(() => this.#inner.dispose());
  }
}

export class SerializedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly #path: string;

  // Pragmas run on every connection after ours, for tests (a full disk is max_page_count).
  readonly extraPragmas: string;

  constructor(path: string, extraPragmas: string[] = []) {
    this.#path = path;
    this.extraPragmas = extraPragmas.map((pragma) => `PRAGMA ${pragma};`).join("\n");
  }

  get path(): string {
    return this.#path;
  }

  // Every statement of this process on the database file, Prisma's and the payment ledger's
  // (on its own connection, ledger-access.ts), runs under this one lock.
  readonly lock = new ExclusiveLock();

  async connect(): Promise<SqlDriverAdapter> {
    const factory = new PrismaBetterSQLite3({ url: this.#path, timeout: sqliteBusyTimeoutMs });
    const inner = await factory.connect();
    await inner.executeScript(connectionPragmas);
    if (this.extraPragmas) await inner.executeScript(this.extraPragmas);
    return new SerializedSqliteAdapter(inner, this.lock);
  }
}
