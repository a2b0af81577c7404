"use server";

import { redirect } from "next/navigation";
import { recordAccessEvent } from "@/domain/audit/record-access-event";
import { signOutStaff } from "@/server/auth/staff-auth";
import { currentStaff } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale } from "../form-data";

export async function signOutAction(form: FormData): Promise<void> {
  const everywhere = form.get("everywhere") === "1";
  const staff = await currentStaff();
  if (staff) {
    await recordAccessEvent({
      db: getDatabase(),
      action: "access.signed-out",
      account: staff,
      address: await currentClientAddress(),
      details: { everywhere },
    });
  }
  await signOutStaff({ everywhere });
  redirect(`/${postedLocale(form)}/office/login?signedOut=${everywhere ? "everywhere" : "here"}`);
}
