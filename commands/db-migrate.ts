// npm run db:migrate (and db:seed, with --overwrite-tariffs): what npm start does to the database
// before it serves, on its own (commands/prepare-database.ts).
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";

await prepareDatabase(readEnvOrExit(), { overwriteTariffs: process.argv.includes("--overwrite-tariffs") });
