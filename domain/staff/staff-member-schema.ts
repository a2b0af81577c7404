import { z } from "zod";
import { isStrongPassword, personalWords } from "@/lib/password-strength";
import { companyPasswordWords } from "@/config/company";
import { problemsByField } from "./form-problems";
import { officeIds } from "@/config/offices";
import { staffRoles } from "@/config/staff-roles";

export { staffRoles, type StaffRole } from "@/config/staff-roles";

// Problems are codes, by field; the back office words them in the staff member's language and
// the command line in English (commands/staff-add.ts).
export const staffMemberProblems = {
  required: "required",
  email: "not an email address",
  role: "one of admin, operator, accountant",
  office: "required for an operator (osh or jalal-abad), and only for an operator",
  tooShort: "at least 12 characters",
  tooLong: "too long",
  tooSimple:
    "too easy to guess (a common password, a word with digits, a keyboard row, a date): use four or more unrelated words",
  containsName: "must not contain the email or the name",
} as const;
export type StaffMemberProblem = keyof typeof staffMemberProblems;

// At least 12 characters (the policy); the strength is judged with the person's words
// (`passwordProblem`), and the person's own email or name must not be inside it.
export const staffPasswordSchema = z.string().min(12, "tooShort").max(256, "tooLong");

// The person's email, its name part, or a word of their name (of three letters or more: "op" in
// op@dostek.kg would refuse "stop") inside the password.
export const passwordLeansOnPerson = (password: string, person: { email: string; name: string }) =>
  personalWords(person).some((word) => password.toLowerCase().includes(word));

// Why a new password for this person will not do, or null (zxcvbn-ts, lib/password-strength.ts).
export function passwordProblem(
  password: string,
  person: { email: string; name: string },
): "containsName" | "tooSimple" | null {
  if (passwordLeansOnPerson(password, person)) return "containsName";
  if (!isStrongPassword(password, personalWords(person, companyPasswordWords))) return "tooSimple";
  return null;
}

// A staff member's email, as typed when adding them and when they sign in.
export const staffEmailSchema = z
  .string()
  .trim()
  .min(1, "required")
  .pipe(z.email("email").max(254, "email"))
  .transform((e) => e.toLowerCase());

export const newStaffMemberSchema = z
  .object({
    email: staffEmailSchema,
    name: z.string().trim().min(1, "required").max(120, "tooLong"),
    role: z.enum(staffRoles, { error: "role" }),
    office: z.enum(officeIds, { error: "office" }).nullable(),
    password: staffPasswordSchema,
  })
  .refine((m) => (m.role === "operator") === (m.office !== null), { message: "office", path: ["office"] })
  .superRefine((m, context) => {
    const problem = passwordProblem(m.password, m);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["password"] });
  });

export type NewStaffMember = z.output<typeof newStaffMemberSchema>;

// The first problem of each field.
export const staffMemberProblemsOf = (error: z.ZodError) =>
  problemsByField(error, Object.keys(staffMemberProblems) as StaffMemberProblem[], "required");

// Everything a new password (one's own, or a temporary one an admin gives) must pass: the length,
// then `passwordProblem`.
export function newPasswordProblem(
  password: string,
  person: { email: string; name: string },
): "tooShort" | "tooLong" | "containsName" | "tooSimple" | null {
  const shape = staffPasswordSchema.safeParse(password);
  if (!shape.success) return shape.error.issues[0]!.message as "tooShort" | "tooLong";
  return passwordProblem(password, person);
}
