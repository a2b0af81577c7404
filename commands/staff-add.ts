// npm run staff:add -- --email E --name N --role admin|operator|accountant [--office osh|jalal-abad]
// The password comes from STAFF_PASSWORD (never from the command line, where `ps` and shell
// history would show it).
import { parseArgs } from "node:util";
import { addStaffMember, StaffMemberError } from "@/domain/staff/add-staff-member";
import {
  newStaffMemberSchema,
  staffMemberProblems,
  staffMemberProblemsOf,
} from "@/domain/staff/staff-member-schema";
import { closeDatabase, createDatabase } from "@/server/db";
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";

const usage =
  "usage: STAFF_PASSWORD=… npm run staff:add -- --email E --name N --role admin|operator|accountant [--office osh|jalal-abad]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      office: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${usage}`);
}
if (args.password !== undefined)
  fail("the password is read from STAFF_PASSWORD, never from the command line");
const password = process.env.STAFF_PASSWORD;
if (!password) fail(`STAFF_PASSWORD is not set\n${usage}`);

const parsed = newStaffMemberSchema.safeParse({
  email: args.email ?? "",
  name: args.name ?? "",
  role: args.role ?? "",
  office: args.office ?? null,
  password,
});
if (!parsed.success) {
  const lines = Object.entries(staffMemberProblemsOf(parsed.error)).map(
    ([field, code]) => `  ${field}: ${staffMemberProblems[code]}`,
  );
  fail(`${lines.join("\n")}\n${usage}`);
}

const env = readEnvOrExit();
await prepareDatabase(env);
const db = createDatabase(env.DATABASE_URL, { postgresPoolSize: 1 });
try {
  await addStaffMember({ db, actor: "command-line", member: parsed.data });
  const m = parsed.data;
  console.log(`added ${m.role} ${m.email}${m.office ? ` (${m.office})` : ""}`);
  console.log("at the first sign-in they choose their own password and set up a second factor (TOTP)");
} catch (error) {
  if (error instanceof StaffMemberError) fail(`${parsed.data.email} already has an account`);
  throw error;
} finally {
  await closeDatabase(db);
}
