// What the staff commands (staff:add, staff:reset) share: their options read strictly, and the
// password from STAFF_PASSWORD, never from the command line, where `ps` shows it to every user of
// the machine. (Set it without it reaching the shell's history: `read -rs STAFF_PASSWORD; export
// STAFF_PASSWORD`.)
import { parseArgs } from "node:util";

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function readStaffCommand<const Names extends readonly string[]>(
  names: Names,
  usage: string,
): { args: Partial<Record<Names[number], string>>; password: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      options: Object.fromEntries([...names, "password"].map((name) => [name, { type: "string" as const }])),
      strict: true,
    }).values;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  if (values.password !== undefined)
    fail("the password is read from STAFF_PASSWORD, never from the command line");
  const password = process.env.STAFF_PASSWORD;
  if (!password) fail(`STAFF_PASSWORD is not set\n${usage}`);
  return { args: values as Partial<Record<Names[number], string>>, password };
}
