// npm run db:restore -- <file>: puts a backup made by db:backup into DATABASE_URL's database,
// which must be empty (a new PostgreSQL database, or a SQLite path with no file). Start the site
// afterwards: it applies any migration newer than the backup.
import { BackupError, restoreDatabase } from "@/server/db/backup";
import { readEnvOrExit } from "./env";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- <backup file (.db for SQLite, .dump for PostgreSQL)>");
  process.exit(2);
}
const env = readEnvOrExit();
try {
  await restoreDatabase(env.DATABASE_URL, file);
  console.log(`restored ${file}`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
