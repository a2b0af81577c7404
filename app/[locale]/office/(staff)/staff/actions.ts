"use server";

import { revalidatePath } from "next/cache";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { addStaffMember, StaffMemberError } from "@/domain/staff/add-staff-member";
import { endStaffSessions } from "@/domain/staff/end-staff-sessions";
import { setStaffActive } from "@/domain/staff/set-staff-active";
import { resetStaffCredentials } from "@/domain/staff/reset-staff-credentials";
import { newStaffMemberSchema, staffMemberProblemsOf } from "@/domain/staff/staff-member-schema";
import { z } from "zod";
import { text } from "../../../form-data";
import { staffButtonAction, staffFormAction } from "../staff-action";

const staffPage = (_form: FormData, locale: string) => `/${locale}/office/staff`;

export async function addStaffAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "staffAccounts",
    fields: ["email", "name", "role", "office"],
    maxLength: 300,
    schema: newStaffMemberSchema,
    // The password is read, never sent back to the form.
    input: (values, form) => ({
      ...values,
      office: values.office || null,
      password: text(form, "password", 300),
    }),
    problems: [],
    fallback: "required",
    problemsOf: staffMemberProblemsOf,
    async run(member, { db, actor, locale }) {
      try {
        await addStaffMember({ db, actor, member });
      } catch (error) {
        if (error instanceof StaffMemberError) return { problem: "emailTaken", field: "email" };
        throw error;
      }
      return { redirect: `/${locale}/office/staff?done=added` };
    },
  });
}

export async function endStaffSessionsAction(form: FormData): Promise<void> {
  return staffButtonAction(form, {
    permission: "staffAccounts",
    page: staffPage,
    async run({ db, actor, locale }) {
      await endStaffSessions({ db, actor, staffId: text(form, "staffId", 64) });
      revalidatePath(`/${locale}/office/staff`);
      return "sessionsEnded";
    },
  });
}

export async function setStaffActiveAction(form: FormData): Promise<void> {
  return staffButtonAction(form, {
    permission: "staffAccounts",
    page: staffPage,
    async run({ db, actor }) {
      await setStaffActive({
        db,
        actor,
        staffId: text(form, "staffId", 64),
        active: form.get("active") === "1",
      });
      return "changed";
    },
  });
}

const resetSchema = z.object({
  staffId: z.string().min(1, "required").max(64, "required"),
  password: z.string().min(1, "required"),
});

// A forgotten password or a lost phone: a temporary password, the second factor removed, every
// session ended; the person sets both again at the next sign-in.
export async function resetStaffAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "staffAccounts",
    fields: ["staffId"],
    maxLength: 64,
    schema: resetSchema,
    input: (values, form) => ({ ...values, password: text(form, "password", 300) }),
    problems: ["required"],
    fallback: "required",
    async run({ staffId, password }, { db, actor, locale }) {
      const result = await resetStaffCredentials({
        db,
        actor,
        staff: { id: staffId },
        temporaryPassword: password,
      });
      if (result.outcome === "reset") return { redirect: `/${locale}/office/staff?done=reset` };
      return {
        problem: result.outcome,
        field: result.outcome === "notFound" || result.outcome === "self" ? "staffId" : "password",
      };
    },
  });
}
