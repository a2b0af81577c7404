"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { can } from "@/config/staff-permissions";
import { staffForAction } from "@/server/auth/staff-session";
import { postedLocale } from "../../../form-data";
import { withErrorTexts } from "../../../(site)/register/registration-error-texts";
import { submitRegistrationForm } from "../../../(site)/register/submit-registration-form";

const renewsSchema = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

// A walk-in client registered by staff: the public form's rules and domain function (its own
// form state, so not through staff-action.ts, but the same session and permission), as the
// signed-in staff member (no per-address limit: an office is one address), then the invoice,
// printed at once.
export async function officeRegisterAction(
  previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const locale = postedLocale(form);
  const staff = await staffForAction(locale);
  if (!can(staff, "officeWork"))
    return withErrorTexts({ ...previous, errors: {}, formError: "notAllowed" }, locale);
  // A renewal from the list of expiring signatures names the signature it renews.
  const renews = renewsSchema.safeParse(form.get("renews"));
  const result = await submitRegistrationForm(form, {
    actor: staff,
    renewsSignatureId: renews.success ? renews.data : undefined,
  });
  if ("registered" in result) redirect(`/${locale}/invoice/${result.registered}?print=1`);
  return withErrorTexts({ ...previous, ...result.state }, locale);
}
