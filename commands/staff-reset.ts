// npm run staff:reset -- --email E
// A forgotten password or a lost phone, at the command line: the account gets the temporary
// password from STAFF_PASSWORD (never from the command line, where `ps` and shell history would
// show it), loses its second factor and every session; at the next sign-in the person chooses a
// new password and sets up a new second factor. Audited as done by "command-line".
import { parseArgs } from "node:util";
import { resetStaffCredentials } from "@/domain/staff/reset-staff-credentials";
import { staffMemberProblems } from "@/domain/staff/staff-member-schema";
import { closeDatabase, createDatabase } from "@/server/db";
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";

const usage = "usage: STAFF_PASSWORD=… npm run staff:reset -- --email E";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" } },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${usage}`);
}
if (args.password !== undefined)
  fail("the password is read from STAFF_PASSWORD, never from the command line");
if (!args.email) fail(`--email is required\n${usage}`);
const password = process.env.STAFF_PASSWORD;
if (!password) fail(`STAFF_PASSWORD is not set\n${usage}`);

const env = readEnvOrExit();
await prepareDatabase(env);
const db = createDatabase(env.DATABASE_URL, { postgresPoolSize: 1 });
try {
  const result = await resetStaffCredentials({
    db,
    actor: "command-line",
    staff: { email: args.email },
    temporaryPassword: password,
  });
  if (result.outcome === "notFound") fail(`${args.email} has no account`);
  if (result.outcome !== "reset")
    fail(`STAFF_PASSWORD: ${staffMemberProblems[result.outcome as "tooShort"]}`);
  console.log(
    `reset ${result.email}: sessions ended, second factor removed; at the next sign-in a new password and a new second factor are set`,
  );
} finally {
  await closeDatabase(db);
}
