"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { staffEmailSchema } from "@/domain/staff/staff-member-schema";
import { signInStaff } from "@/server/auth/staff-auth";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale, text } from "../../form-data";

const credentialsSchema = z.object({
  email: staffEmailSchema,
  password: z.string().min(1, "required").max(256, "invalid"),
});

export async function signInAction(_previous: OfficeFormState, form: FormData): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const values = { email: text(form, "email", 300) };
  const parsed = credentialsSchema.safeParse({ email: values.email, password: text(form, "password", 300) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { errors, values };
  }
  const result = await signInStaff(parsed.data.email, parsed.data.password, await currentClientAddress());
  if (result.outcome === "second-factor") redirect(`/${locale}/office/two-factor`);
  if (result.outcome === "signed-in") redirect(`/${locale}/office`);
  if (result.outcome === "throttled") {
    return { errors: {}, values, formError: "throttled", minutes: Math.ceil(result.retryAfterMs / 60_000) };
  }
  return { errors: {}, values, formError: result.outcome };
}
