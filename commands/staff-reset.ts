// npm run staff:reset -- --email E
// A forgotten password or a lost phone, at the command line: the account gets the temporary
// password from STAFF_PASSWORD (staff-command.ts), loses its second factor and every session; at
// the next sign-in the person chooses a new password and sets up a new second factor. Audited as
// done by "command-line".
import { resetStaffCredentials } from "@/domain/staff/reset-staff-credentials";
import { staffMemberProblems } from "@/domain/staff/staff-member-schema";
import { closeDatabase, createDatabase } from "@/server/db";
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";
import { fail, readStaffCommand } from "./staff-command";

const usage = "usage: STAFF_PASSWORD=… npm run staff:reset -- --email E";

const { args, password } = readStaffCommand(["email"], usage);
if (!args.email) fail(`--email is required\n${usage}`);

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
