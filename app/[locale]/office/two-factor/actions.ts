"use server";

import { redirect } from "next/navigation";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { verifySecondFactor } from "@/server/auth/staff-auth";
import { postedLocale, text } from "../../form-data";

export async function verifySecondFactorAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  // Spaces and dashes as people copy them; a recovery code keeps its own form.
  const code = text(form, "code", 64).replace(/[\s]/g, "");
  if (!code) return { errors: { code: "required" }, values: {} };
  const result = await verifySecondFactor(/^\d{3}-?\d{3}$/.test(code) ? code.replace("-", "") : code);
  if (result === "signed-in") redirect(`/${locale}/office`);
  if (result === "invalid") return { errors: { code: "invalid" }, values: {} };
  return { errors: {}, values: {}, formError: result };
}
