"use server";

import { redirect } from "next/navigation";
import { signOutStaff } from "@/server/auth/staff-auth";
import { postedLocale } from "../../form-data";

export async function signOutAction(form: FormData): Promise<void> {
  const everywhere = form.get("everywhere") === "1";
  await signOutStaff({ everywhere });
  redirect(`/${postedLocale(form)}/office/login?signedOut=${everywhere ? "everywhere" : "here"}`);
}
