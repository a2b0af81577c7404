// npm run db:backup: a consistent copy of DATABASE_URL's database, taken while the site serves,
// written into BACKUP_DIR with the time in its name (server/db/backup.ts, docs/operations.md).
import path from "node:path";
import { BackupError, backupDatabase } from "@/server/db/backup";
import { readEnvOrExit } from "./env";

const env = readEnvOrExit();
try {
  const started = Date.now();
  const file = await backupDatabase(env.DATABASE_URL, path.resolve(env.BACKUP_DIR));
  console.log(`backup written: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
