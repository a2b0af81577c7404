"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { throttledState, type OfficeFormState } from "@/components/office/office-form-state";
import { recordAccessEvent } from "@/domain/audit/record-access-event";
import { staffEmailSchema } from "@/domain/staff/staff-member-schema";
import { LRUCache } from "lru-cache";
import { rememberKnownDevice, rememberPendingSignIn } from "@/server/auth/signed-cookies";
import { signInStaff } from "@/server/auth/staff-auth";
import { getDatabase } from "@/server/db";
import { currentClientAddress } from "@/server/http/request-address";
import { postedLocale, text } from "../../../form-data";

const credentialsSchema = z.object({
  email: staffEmailSchema,
  password: z.string().min(1, "required").max(256, "invalid"),
});

const auditAction = {
  "signed-in": "access.signed-in",
  // The sign-in itself is written once the code is right (two-factor/actions.ts).
  "second-factor": "access.password-accepted",
  invalid: "access.sign-in-failed",
  throttled: "access.sign-in-throttled",
  unavailable: null,
} as const;

// A throttled account and address is written to the audit log once per wait, not once per
// refused attempt (which anyone could otherwise use to fill the log).
const throttledWritten = new LRUCache<string, true>({ max: 10_000, ttl: 15 * 60_000 });

export async function signInAction(_previous: OfficeFormState, form: FormData): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const values = { email: text(form, "email", 300) };
  const parsed = credentialsSchema.safeParse({ email: values.email, password: text(form, "password", 300) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { errors, values };
  }
  const { email } = parsed.data;
  const address = await currentClientAddress();
  const result = await signInStaff(email, parsed.data.password, address);
  const action = auditAction[result.outcome];
  const throttledKey = `${email}|${address ?? ""}`;
  const alreadyWritten = result.outcome === "throttled" && throttledWritten.has(throttledKey);
  if (result.outcome === "throttled" && !alreadyWritten) {
    throttledWritten.set(throttledKey, true, { ttl: Math.max(result.retryAfterMs, 1_000) });
  }
  if (action && !alreadyWritten) {
    await recordAccessEvent({
      db: getDatabase(),
      action,
      account: { email, proven: result.outcome === "signed-in" || result.outcome === "second-factor" },
      address,
      details:
        result.outcome === "throttled" ? { retryAfterSeconds: Math.ceil(result.retryAfterMs / 1000) } : {},
    });
  }
  if (result.outcome === "second-factor") {
    await rememberPendingSignIn(email);
    redirect(`/${locale}/office/two-factor`);
  }
  if (result.outcome === "signed-in") {
    await rememberKnownDevice(email);
    redirect(`/${locale}/office`);
  }
  if (result.outcome === "throttled") return throttledState(result.retryAfterMs, values);
  return { errors: {}, values, formError: result.outcome };
}
