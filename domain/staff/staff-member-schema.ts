import { z } from "zod";
import { officeIds } from "@/config/offices";
import { staffRoles } from "@/config/staff-roles";

// At least 12 characters (the policy), and not an obviously weak one: a few repeated
// characters, or the person's own email or name inside it.
export const staffPasswordSchema = z
  .string()
  .min(12, "password: at least 12 characters")
  .max(256, "password: at most 256 characters")
  .refine((p) => new Set(p).size >= 5, "password: too simple (at least 5 different characters)");

export const newStaffMemberSchema = z
  .object({
    email: z
      .email("email: not an email address")
      .max(254)
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, "name: required").max(120),
    role: z.enum(staffRoles, { error: "role: admin, operator or accountant" }),
    office: z.enum(officeIds, { error: `office: ${officeIds.join(" or ")}` }).nullable(),
    password: staffPasswordSchema,
  })
  .refine((m) => (m.role === "operator") === (m.office !== null), {
    message: "office: required for an operator, and only for one",
    path: ["office"],
  })
  .refine(
    (m) =>
      !m.password.toLowerCase().includes(m.email.split("@")[0]!.toLowerCase()) &&
      !m.password.toLowerCase().includes(m.name.toLowerCase()),
    { message: "password: must not contain the email or the name", path: ["password"] },
  );

export type NewStaffMember = z.output<typeof newStaffMemberSchema>;
