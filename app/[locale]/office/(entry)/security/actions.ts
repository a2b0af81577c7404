"use server";

import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { throttledState, type OfficeFormState } from "@/components/office/office-form-state";
import type { TwoFactorSetupState } from "@/components/office/two-factor-setup";
import { recordAccessEvent } from "@/domain/audit/record-access-event";
import { changeOwnPassword } from "@/domain/staff/change-own-password";
import { revokeOwnSession } from "@/domain/staff/revoke-own-session";
import { confirmIdentity, confirmTwoFactorSetup, startTwoFactorSetup } from "@/server/auth/staff-auth";
import { signedInForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { currentClientAddress } from "@/server/http/request-address";
import type { Locale } from "@/i18n/routing";
import { postedLocale, text } from "../../../form-data";

export async function changePasswordAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const staff = await signedInForAction(locale);
  const currentPassword = text(form, "currentPassword", 300);
  const newPassword = text(form, "newPassword", 300);
  const errors: Record<string, string> = {};
  if (!currentPassword) errors.currentPassword = "required";
  if (!newPassword) errors.newPassword = "required";
  if (newPassword && text(form, "repeatPassword", 300) !== newPassword) errors.repeatPassword = "mismatch";
  if (Object.keys(errors).length > 0) return { errors, values: {} };
  const result = await changeOwnPassword({
    db: getDatabase(),
    staff,
    sessionId: staff.sessionId,
    currentPassword,
    newPassword,
    address: await currentClientAddress(),
  });
  if (result.outcome === "changed") redirect(`/${locale}/office/security?done=password`);
  if (result.outcome === "throttled") {
    return {
      errors: {},
      values: {},
      formError: "throttled",
      minutes: Math.ceil(result.retryAfterMs / 60_000),
    };
  }
  const field = result.outcome === "wrongPassword" ? "currentPassword" : "newPassword";
  return { errors: { [field]: result.outcome }, values: {} };
}

export async function startTwoFactorSetupAction(
  _previous: TwoFactorSetupState,
  form: FormData,
): Promise<TwoFactorSetupState> {
  const locale = postedLocale(form);
  const staff = await signedInForAction(locale);
  // A password someone else chose is replaced first: it is what the set-up asks for.
  if (staff.mustChangePassword) redirect(`/${locale}/office/security`);
  const password = text(form, "password", 300);
  if (!password) return { errors: { password: "required" }, values: {} };
  const result = await startTwoFactorSetup(staff, password);
  if (result === "already-on") redirect(`/${locale}/office/security`);
  if (result === "invalid-password") return { errors: { password: "invalidPassword" }, values: {} };
  if (result === "unavailable") return { errors: {}, values: {}, formError: "unavailable" };
  if ("retryAfterMs" in result) return throttledState(result.retryAfterMs);
  const secret = new URL(result.totpUri).searchParams.get("secret") ?? "";
  const qrSvg = await QRCode.toString(result.totpUri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { errors: {}, values: {}, setup: { qrSvg, secret, backupCodes: result.backupCodes } };
}

export async function confirmTwoFactorSetupAction(
  previous: TwoFactorSetupState,
  form: FormData,
): Promise<TwoFactorSetupState> {
  const locale = postedLocale(form);
  const staff = await signedInForAction(locale);
  const code = text(form, "code", 20).replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { ...previous, errors: { code: code ? "invalidCode" : "required" } };
  const result = await confirmTwoFactorSetup(code);
  if (result === "enabled") {
    await recordAccessEvent({
      db: getDatabase(),
      action: "access.second-factor-enabled",
      account: staff,
      address: await currentClientAddress(),
    });
    redirect(`/${locale}/office/security?enabled=1`);
  }
  if (result === "unavailable") return { ...previous, errors: {}, formError: "unavailable" };
  return { ...previous, errors: { code: "invalidCode" } };
}

// Only paths inside this locale's back office are gone back to (never another site).
const backPath = (locale: Locale, back: string) =>
  back.startsWith(`/${locale}/office`) && !back.startsWith("//") && !/[\\\s]/.test(back)
    ? back
    : `/${locale}/office`;

// The password or a code again before a sensitive action; then back to the page it came from.
export async function confirmIdentityAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const staff = await signedInForAction(locale);
  const proof = text(form, "proof", 300);
  if (!proof) return { errors: { proof: "required" }, values: {} };
  const address = await currentClientAddress();
  const result = await confirmIdentity(staff, proof);
  if (result.outcome === "unavailable") return { errors: {}, values: {}, formError: "unavailable" };
  await recordAccessEvent({
    db: getDatabase(),
    action: result.outcome === "confirmed" ? "access.identity-confirmed" : "access.confirmation-failed",
    account: staff,
    address,
    details: result.outcome === "throttled" ? { throttled: true } : {},
  });
  if (result.outcome === "confirmed") redirect(backPath(locale, text(form, "back", 500)));
  if (result.outcome === "throttled") {
    return {
      errors: {},
      values: {},
      formError: "throttled",
      minutes: Math.ceil(result.retryAfterMs / 60_000),
    };
  }
  return { errors: { proof: "invalid" }, values: {} };
}

export async function revokeSessionAction(form: FormData): Promise<void> {
  const locale = postedLocale(form);
  const staff = await signedInForAction(locale);
  const sessionId = text(form, "sessionId", 64);
  await revokeOwnSession({ db: getDatabase(), staff, sessionId, address: await currentClientAddress() });
  redirect(
    sessionId === staff.sessionId ? `/${locale}/office/login` : `/${locale}/office/security?done=revoked`,
  );
}
