// A fresh, migrated database for a benchmark: a SQLite file in the temporary directory, or a
// database "bench" on a throwaway PostgreSQL cluster with durable settings (fsync,
// full_page_writes and synchronous_commit on, as in production; the caller removes the cluster).
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/server/db/migrations";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../test/throwaway-postgres";

export async function benchDatabase(
  name: string,
  usePostgres: boolean,
): Promise<{ databaseUrl: string; cluster: ThrowawayPostgres | null }> {
  const cluster = usePostgres ? await startThrowawayPostgres({ durable: true }) : null;
  let databaseUrl = `file:${path.join(tmpdir(), `dostek-${name}-${Date.now()}.db`)}`;
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE bench");
    await admin.end();
    databaseUrl = cluster.url.replace(/\/postgres$/, "/bench");
  }
  await applyMigrations(databaseUrl);
  return { databaseUrl, cluster };
}
