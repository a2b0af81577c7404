// The one way a back-office server action runs: the signed-in staff member found again (with
// their own password and the second factor set up), the permission from config/staff-permissions.ts checked before any
// input is read (and for the sensitive ones of config/staff-security.ts a proof of the password
// or a code in the last 15 minutes), the posted fields read and parsed with the action's zod schema, the domain
// operation run, and its refusals turned into the form's codes (words in messages). Each
// actions.ts file only says which permission, which fields and schema, which operation, and
// where to go when it is done.
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import type { UploadFormState } from "@/components/office/upload-form-state";
import { can, type StaffPermission } from "@/config/staff-permissions";
import { freshProofPermissions } from "@/config/staff-security";
import type { Locale } from "@/i18n/routing";
import { problemsByField } from "@/domain/staff/form-problems";
import { hasFreshProof, staffForAction, type SignedInStaff } from "@/server/auth/staff-session";
import { getDatabase, isDatabaseUnavailable, type Database } from "@/server/db";
import { postedLocale, text } from "../../form-data";
import { officeErrorCode } from "./office-errors";

// Why this person may not run an action of this permission now: not theirs at all, or a
// sensitive one whose page must first have the password or a code again (confirmIdentity).
function refusalOf(actor: SignedInStaff, permission: StaffPermission): string | null {
  if (!can(actor, permission)) return "notAllowed";
  if (freshProofPermissions.includes(permission) && !hasFreshProof(actor)) return "confirmIdentity";
  return null;
}

export interface StaffActionContext {
  db: Database;
  actor: SignedInStaff;
  locale: Locale;
  form: FormData;
}

// What the operation decided: go to a page, or show a problem (on a field, or on the form).
export type StaffActionOutcome = { redirect: string } | { problem: string; field?: string };

export interface StaffFormActionSpec<S extends z.ZodType> {
  permission: StaffPermission;
  // The posted text fields (kept to show the form again) and their longest sensible length.
  fields: readonly string[];
  maxLength?: number;
  // Parses the fields (and anything `input` adds); its issues' messages are the form's codes.
  schema: S;
  input?: (values: Record<string, string>, form: FormData, actor: SignedInStaff) => unknown;
  problems: readonly string[];
  fallback: string;
  // For schemas that carry their codes elsewhere than in the message (the registration's).
  problemsOf?: (error: z.ZodError) => Record<string, string>;
  // Refusals the operation throws that belong next to a field rather than above the form.
  fieldOf?: Partial<Record<string, string>>;
  run: (input: z.output<S>, context: StaffActionContext) => Promise<StaffActionOutcome>;
}

// A form whose state shows its problems (useActionState).
export async function staffFormAction<S extends z.ZodType>(
  form: FormData,
  spec: StaffFormActionSpec<S>,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const values = Object.fromEntries(spec.fields.map((f) => [f, text(form, f, spec.maxLength ?? 400)]));
  const refused = refusalOf(actor, spec.permission);
  if (refused) return { errors: {}, values, formError: refused };
  const parsed = spec.schema.safeParse(spec.input ? spec.input(values, form, actor) : values);
  if (!parsed.success)
    return {
      errors: spec.problemsOf?.(parsed.error) ?? problemsByField(parsed.error, spec.problems, spec.fallback),
      values,
    };
  let outcome: StaffActionOutcome;
  try {
    outcome = await spec.run(parsed.data, { db: getDatabase(), actor, locale, form });
  } catch (error) {
    outcome = { problem: isDatabaseUnavailable(error) ? "unavailable" : officeErrorCode(error) };
  }
  if ("redirect" in outcome) redirect(outcome.redirect);
  const field = outcome.field ?? spec.fieldOf?.[outcome.problem];
  return field
    ? { errors: { [field]: outcome.problem }, values }
    : { errors: {}, values, formError: outcome.problem };
}

export interface StaffButtonActionSpec {
  permission: StaffPermission;
  // The page to come back to; `?done=…` or `?error=<code>` is added.
  page: (form: FormData, locale: Locale) => string;
  run: (context: StaffActionContext) => Promise<string>;
}

// A one-button form (no state): back to its page with what happened in the query.
export async function staffButtonAction(form: FormData, spec: StaffButtonActionSpec): Promise<void> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  let outcome: string;
  const refused = refusalOf(actor, spec.permission);
  if (refused) outcome = `error=${refused}`;
  else {
    try {
      outcome = `done=${await spec.run({ db: getDatabase(), actor, locale, form })}`;
    } catch (error) {
      outcome = `error=${isDatabaseUnavailable(error) ? "unavailable" : officeErrorCode(error)}`;
    }
  }
  redirect(`${spec.page(form, locale)}?${outcome}`);
}

export interface StaffUploadActionSpec {
  permission: StaffPermission;
  // Reads and checks the file (only once the permission holds), then runs the operation: a
  // page to go to, or what was wrong with the file.
  run: (file: File, context: StaffActionContext) => Promise<{ redirect: string } | UploadFormState>;
}

// A file upload (SOChI's client list, MegaPay's registry): nobody without the permission gets a
// byte of their file read.
export async function staffUploadAction(
  form: FormData,
  spec: StaffUploadActionSpec,
): Promise<UploadFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const refused = (formError: string): UploadFormState => ({ formError, problems: [], problemCount: 0 });
  const refusal = refusalOf(actor, spec.permission);
  if (refusal) return refused(refusal);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refused("noFile");
  let outcome;
  try {
    outcome = await spec.run(file, { db: getDatabase(), actor, locale, form });
  } catch (error) {
    return refused(isDatabaseUnavailable(error) ? "unavailable" : officeErrorCode(error));
  }
  if ("redirect" in outcome) redirect(outcome.redirect);
  return outcome;
}
