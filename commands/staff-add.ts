// npm run staff:add -- --email E --name N --role admin|operator|accountant [--office osh|jalal-abad]
// The password comes from STAFF_PASSWORD (staff-command.ts); the person replaces it at the first
// sign-in.
import { addStaffMember, StaffMemberError } from "@/domain/staff/add-staff-member";
import {
  newStaffMemberSchema,
  staffMemberProblems,
  staffMemberProblemsOf,
} from "@/domain/staff/staff-member-schema";
import { closeDatabase, createDatabase } from "@/server/db";
import { readEnvOrExit } from "./env";
import { prepareDatabase } from "./prepare-database";
import { fail, readStaffCommand } from "./staff-command";

const usage =
  "usage: STAFF_PASSWORD=… npm run staff:add -- --email E --name N --role admin|operator|accountant [--office osh|jalal-abad]";

const { args, password } = readStaffCommand(["email", "name", "role", "office"], usage);

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
