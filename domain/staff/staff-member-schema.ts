import { z } from "zod";
import { problemsByField } from "./form-problems";
import { officeIds } from "@/config/offices";
import { staffRoles } from "@/config/staff-roles";

export { staffRoles, type StaffRole } from "@/config/staff-roles";

// Problems are codes, by field; the back office words them in the staff member's language and
// the command line in English (scripts/staff-add.ts).
export const staffMemberProblems = {
  required: "required",
  email: "not an email address",
  role: "one of admin, operator, accountant",
  office: "required for an operator (osh or jalal-abad), and only for an operator",
  tooShort: "at least 12 characters",
  tooLong: "too long",
  tooSimple: "too simple: at least 5 different characters",
  containsName: "must not contain the email or the name",
} as const;
export type StaffMemberProblem = keyof typeof staffMemberProblems;

// At least 12 characters (the policy), and not an obviously weak one: a few repeated characters,
// or the person's own email or name inside it.
export const staffPasswordSchema = z
  .string()
  .min(12, "tooShort")
  .max(256, "tooLong")
  .refine((p) => new Set(p).size >= 5, "tooSimple");

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
  .refine(
    (m) =>
      !m.password.toLowerCase().includes(m.email.split("@")[0]!.toLowerCase()) &&
      !m.password.toLowerCase().includes(m.name.toLowerCase()),
    { message: "containsName", path: ["password"] },
  );

export type NewStaffMember = z.output<typeof newStaffMemberSchema>;

// The first problem of each field.
export const staffMemberProblemsOf = (error: z.ZodError) =>
  problemsByField(error, Object.keys(staffMemberProblems) as StaffMemberProblem[], "required");
