// Data tests run against SQLite and a real PostgreSQL: the one in TEST_POSTGRES_URL when the
// caller (npm test) already runs one, else a throwaway cluster started here for this run.
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide("postgresAdminUrl", given);
    return;
  }
  const cluster = await startThrowawayPostgres();
  project.provide("postgresAdminUrl", cluster.url);
  return () => cluster.remove();
}
