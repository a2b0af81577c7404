// Prisma CLI configuration. Prisma 6.19 runs its schema engine in WebAssembly (`engine: "js"`)
// through a driver adapter, so nothing is downloaded (see docs/decisions/0001-prisma-6-19.md).
// The provider (and with it the schema and migration history) follows DATABASE_URL, as in the app.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL?.trim() || "file:./data/dostek.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    // Without allowExitOnIdle the CLI waits for idle pool connections and exits 10 s late.
    if (provider === "postgresql") return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    return new PrismaBetterSQLite3({ url: url.replace(/^file:/, ""), timeout: 10_000 });
  },
});
