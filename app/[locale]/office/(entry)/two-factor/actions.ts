"use server";

import { redirect } from "next/navigation";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { recordAccessEvent } from "@/domain/audit/record-access-event";
import { forgetPendingSignIn, pendingSignIn, rememberKnownDevice } from "@/server/auth/signed-cookies";
import { verifySecondFactor } from "@/server/auth/staff-auth";
import { getDatabase } from "@/server/db";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale, text } from "../../../form-data";

export async function verifySecondFactorAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  // Spaces and dashes as people copy them; a recovery code keeps its own form.
  const code = text(form, "code", 64).replace(/[\s]/g, "");
  if (!code) return { errors: { code: "required" }, values: {} };
  const result = await verifySecondFactor(/^\d{3}-?\d{3}$/.test(code) ? code.replace("-", "") : code);
  const db = getDatabase();
  const address = await currentClientAddress();
  if (result.outcome === "signed-in") {
    const account = result.user;
    if (result.recoveryCode)
      await recordAccessEvent({ db, action: "access.recovery-code-used", account, address });
    await recordAccessEvent({
      db,
      action: "access.signed-in",
      account,
      address,
      details: { secondFactor: result.recoveryCode ? "recovery-code" : "totp" },
    });
    await forgetPendingSignIn();
    await rememberKnownDevice(account.email);
    redirect(`/${locale}/office`);
  }
  // A wrong code was checked against a real sign-in's challenge (Better Auth allows 5 per
  // sign-in): written, with the account the challenge was for. Without a challenge nothing was
  // checked and nothing is written, so that anyone cannot fill the log.
  const pending = await pendingSignIn();
  if (
    result.outcome === "invalid" ||
    result.outcome === "locked" ||
    (result.outcome === "expired" && pending)
  ) {
    await recordAccessEvent({
      db,
      action: "access.second-factor-failed",
      account: { email: pending ?? "", proven: false },
      address,
      details: { outcome: result.outcome },
    });
  }
  if (result.outcome === "invalid") return { errors: { code: "invalid" }, values: {} };
  return { errors: {}, values: {}, formError: result.outcome };
}
