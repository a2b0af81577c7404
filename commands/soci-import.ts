// npm run soci:import -- <file.csv>
// Imports SOChI's client list (header inn,name,phone,email; UTF-8 or Windows-1251): the same
// check and the same operation as the back office's import page, as an admin at the command
// line. Nothing is written unless every row is good.
import { readFile } from "node:fs/promises";
import { importSociClients } from "@/domain/clients/import-soci-clients";
import { checkSociImport, type SociImportProblem } from "@/domain/clients/soci-import-schema";
import { closeDatabase, createDatabase } from "@/server/db";
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";

const usage = "usage: npm run soci:import -- <file.csv>   (header: inn,name,phone,email)";

// The command line's words for the problems (the back office shows them in Kyrgyz or Russian).
const describe: Record<SociImportProblem["code"], string> = {
  empty: "the file is empty",
  header: "the header must be inn,name,phone,email (phone and email may be left out)",
  quotes: "a quote is not closed or is misplaced",
  columnCount: "this line has a different number of cells than the header",
  malformed: "this line cannot be read as CSV",
  lineTooLong: "this line is longer than 2000 characters: not a row of the table",
  noRows: "there are no clients after the header",
  tooManyRows: "too many rows for one import",
  tooLarge: "the file is too large",
  duplicateInn: "this INN is already on an earlier line",
  required: "required",
  tooLong: "too long",
  badCharacters: "contains control characters",
  invisibleCharacters: "contains invisible characters",
  innFormat: "an INN is 14 digits",
  innFirstDigit: "an INN starts with 0, 1 or 2",
  innBirthDate: "a person's INN carries a real birth date",
  innNotPerson: "not a person's INN",
  phone: "not a Kyrgyz mobile number",
  email: "not an email address",
  choice: "not one of the choices",
  otherOffice: "another office",
  tariffRequired: "no tariff",
  tariffUnknown: "unknown tariff",
  quantity: "bad quantity",
  consent: "no consent",
};

const describeProblem = (p: SociImportProblem) =>
  `line ${p.line}${p.column ? `, ${p.column}` : ""}: ${describe[p.code]}` +
  (p.firstLine ? ` (line ${p.firstLine})` : p.max ? ` (limit ${p.max})` : "");

const [path, ...extra] = process.argv.slice(2);
if (!path || extra.length > 0) {
  console.error(usage);
  process.exit(1);
}
let bytes: Uint8Array;
try {
  bytes = await readFile(path);
} catch (error) {
  console.error(`cannot read ${path}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const check = checkSociImport(bytes);
if (!check.ok) {
  console.error(`${path}: nothing imported, ${check.problems.length} problem(s):`);
  for (const problem of check.problems) console.error(`  ${describeProblem(problem)}`);
  process.exit(1);
}

const env = readEnvOrExit();
await prepareDatabase(env);
const db = createDatabase(env.DATABASE_URL, { postgresPoolSize: 1 });
try {
  const result = await importSociClients({ db, actor: "command-line", rows: check.rows });
  console.log(
    `${path}: ${check.rows.length} rows: ${result.created} new clients, ${result.updated} updated, ${result.unchanged} unchanged; all connected to SOChI`,
  );
} finally {
  await closeDatabase(db);
}
