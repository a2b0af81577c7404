"use server";

import { redirect } from "next/navigation";
import QRCode from "qrcode";
import type { TwoFactorSetupState } from "@/components/office/two-factor-setup";
import { confirmTwoFactorSetup, startTwoFactorSetup } from "@/server/auth/staff-auth";
import { currentStaff } from "@/server/auth/staff-session";
import { postedLocale, text } from "../../form-data";

export async function startTwoFactorSetupAction(
  _previous: TwoFactorSetupState,
  form: FormData,
): Promise<TwoFactorSetupState> {
  const locale = postedLocale(form);
  if (!(await currentStaff())) redirect(`/${locale}/office/login`);
  const password = text(form, "password", 300);
  if (!password) return { errors: { password: "required" }, values: {} };
  const result = await startTwoFactorSetup(password);
  if (result === "invalid-password") return { errors: { password: "invalidPassword" }, values: {} };
  if (result === "unavailable") return { errors: {}, values: {}, formError: "unavailable" };
  const secret = new URL(result.totpUri).searchParams.get("secret") ?? "";
  const qrSvg = await QRCode.toString(result.totpUri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { errors: {}, values: {}, setup: { qrSvg, secret, backupCodes: result.backupCodes } };
}

export async function confirmTwoFactorSetupAction(
  previous: TwoFactorSetupState,
  form: FormData,
): Promise<TwoFactorSetupState> {
  const locale = postedLocale(form);
  if (!(await currentStaff())) redirect(`/${locale}/office/login`);
  const code = text(form, "code", 20).replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { ...previous, errors: { code: code ? "invalidCode" : "required" } };
  const result = await confirmTwoFactorSetup(code);
  if (result === "enabled") redirect(`/${locale}/office/security?enabled=1`);
  if (result === "unavailable") return { ...previous, errors: {}, formError: "unavailable" };
  return { ...previous, errors: { code: "invalidCode" } };
}
