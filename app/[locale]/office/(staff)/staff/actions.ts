"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { addStaffMember, StaffMemberError } from "@/domain/staff/add-staff-member";
import { endStaffSessions } from "@/domain/staff/end-staff-sessions";
import { setStaffActive } from "@/domain/staff/set-staff-active";
import { NotAllowedError } from "@/domain/staff/staff-access";
import { newStaffMemberSchema, staffMemberProblemsOf } from "@/domain/staff/staff-member-schema";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { postedLocale, text } from "../../../form-data";

const signedIn = (form: FormData) => staffForAction(postedLocale(form));

export async function addStaffAction(_previous: OfficeFormState, form: FormData): Promise<OfficeFormState> {
  const actor = await signedIn(form);
  const values = {
    email: text(form, "email", 300),
    name: text(form, "name", 300),
    role: text(form, "role", 20),
    office: text(form, "office", 20),
  };
  const parsed = newStaffMemberSchema.safeParse({
    ...values,
    office: values.office || null,
    password: text(form, "password", 300),
  });
  if (!parsed.success) return { errors: staffMemberProblemsOf(parsed.error), values };
  try {
    await addStaffMember({ db: getDatabase(), actor, member: parsed.data });
  } catch (error) {
    if (error instanceof StaffMemberError) return { errors: { email: "emailTaken" }, values };
    if (error instanceof NotAllowedError) return { errors: {}, values, formError: "notAllowed" };
    throw error;
  }
  redirect(`/${postedLocale(form)}/office/staff?done=added`);
}

export async function endStaffSessionsAction(form: FormData): Promise<void> {
  const actor = await signedIn(form);
  await endStaffSessions({ db: getDatabase(), actor, staffId: text(form, "staffId", 64) });
  revalidatePath(`/${postedLocale(form)}/office/staff`);
  redirect(`/${postedLocale(form)}/office/staff?done=sessionsEnded`);
}

export async function setStaffActiveAction(form: FormData): Promise<void> {
  const actor = await signedIn(form);
  await setStaffActive({
    db: getDatabase(),
    actor,
    staffId: text(form, "staffId", 64),
    active: form.get("active") === "1",
  });
  redirect(`/${postedLocale(form)}/office/staff?done=changed`);
}
