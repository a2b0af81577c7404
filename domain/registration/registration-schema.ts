// The registration form's one validation: a zod schema from what was posted to a valid
// registration, with every problem expressed as the form's error code for its field (words in
// messages register.errors.<code>). The server action runs it; the domain gets only its output.
import { z } from "zod";
import { officeIds } from "@/config/offices";
import { checkInn, type InnProblem } from "@/lib/inn";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import { hasControlCharacters, hasInvisibleCharacters } from "@/lib/text";
import {
  fieldLimits,
  formFields,
  maxQuantity,
  type FieldErrorCode,
  type FieldErrors,
  type FormField,
} from "@/config/registration-fields";

export { fieldLimits, formFields, maxQuantity } from "@/config/registration-fields";
export type {
  FieldErrorCode,
  FieldErrors,
  FormField,
  RegistrationValues,
} from "@/config/registration-fields";

type Context = z.RefinementCtx;

function fail(ctx: Context, code: FieldErrorCode, extra: { max?: number; path?: FormField } = {}): never {
  ctx.addIssue({
    code: "custom",
    message: code,
    params: { code, max: extra.max },
    ...(extra.path ? { path: [extra.path] } : {}),
  });
  return z.NEVER;
}

// Whitespace runs become one space. Control characters, and characters that reorder or hide
// text (bidirectional overrides and isolates, zero-width ones), are refused rather than stored:
// a name is printed on invoices and read out to payers.
export const textField = (max: number) =>
  z.string().transform((value, ctx) => {
    if (hasControlCharacters(value)) return fail(ctx, "badCharacters");
    if (hasInvisibleCharacters(value)) return fail(ctx, "invisibleCharacters");
    const cleaned = value.replace(/\s+/g, " ").trim();
    if (!cleaned) return fail(ctx, "required");
    if (cleaned.length > max) return fail(ctx, "tooLong", { max });
    return cleaned;
  });

const innCodes: Record<InnProblem, FieldErrorCode> = {
  format: "innFormat",
  "first-digit": "innFirstDigit",
  "birth-date": "innBirthDate",
};

const inn = z.string().transform((value, ctx) => {
  if (!value.trim()) return fail(ctx, "required");
  const checked = checkInn(value);
  if (!checked.ok) return fail(ctx, innCodes[checked.problem]);
  return checked;
});

const phone = z.string().transform((value, ctx) => {
  if (!value.trim()) return fail(ctx, "required");
  return normalizeKyrgyzMobile(value.trim()) ?? fail(ctx, "phone");
});

const email = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.length > fieldLimits.email) return fail(ctx, "tooLong", { max: fieldLimits.email });
  if (hasInvisibleCharacters(trimmed)) return fail(ctx, "invisibleCharacters");
  if (!z.email().safeParse(trimmed).success) return fail(ctx, "email");
  return trimmed;
});

// Ticked tariff codes with their quantity text: an empty quantity means 1. Whether a code is an
// active tariff is the database's to say (registerClient refuses unknown ones).
const items = z.record(z.string(), z.string()).transform((tariffs, ctx) => {
  const entries = Object.entries(tariffs);
  if (entries.length === 0) return fail(ctx, "tariffRequired");
  if (entries.some(([code]) => !/^[a-z0-9-]{1,40}$/.test(code))) return fail(ctx, "tariffUnknown");
  const parsed = entries.map(([code, raw]) => ({
    code,
    quantity: raw.trim() === "" ? 1 : /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN,
  }));
  if (parsed.some(({ quantity }) => !(quantity >= 1 && quantity <= maxQuantity)))
    return fail(ctx, "quantity");
  return parsed.sort((a, b) => a.code.localeCompare(b.code));
});

// The same rules for the fields staff edit later (a client's contacts).
export const contactFields = { headName: textField(fieldLimits.headName), phone, email };

// The same rules for a client imported from SOChI's list, where the phone may be missing.
export const importedClientFields = {
  inn,
  name: textField(fieldLimits.organizationName),
  phone: z.string().transform((value, ctx) => {
    if (!value.trim()) return null;
    return normalizeKyrgyzMobile(value.trim()) ?? fail(ctx, "phone");
  }),
  email,
};

export const registrationSchema = z
  .object({
    clientType: z.enum(["legal", "entrepreneur"], { error: "choice" }),
    inn,
    organizationName: textField(fieldLimits.organizationName),
    headName: textField(fieldLimits.headName),
    phone,
    email,
    office: z.enum(officeIds, { error: "choice" }),
    tariffs: items,
    consent: z.literal(true, { error: "consent" }),
  })
  .transform(({ inn, tariffs, consent: _consent, ...rest }, ctx) => {
    if (rest.clientType === "entrepreneur" && inn.kind !== "person") {
      return fail(ctx, "innNotPerson", { path: "inn" });
    }
    return { ...rest, inn: inn.inn, items: tariffs };
  });

export type ValidRegistration = z.output<typeof registrationSchema>;

const fieldOf = (key: string): FormField | undefined =>
  key === "tariffs" ? "tariff" : formFields.find((field) => field === key);

// The codes the schema gives its problems (words in messages register.errors.<code>).
export const fieldErrorCodes = [
  "required",
  "tooLong",
  "badCharacters",
  "invisibleCharacters",
  "innFormat",
  "innFirstDigit",
  "innBirthDate",
  "innNotPerson",
  "phone",
  "email",
  "choice",
  "tariffRequired",
  "tariffUnknown",
  "quantity",
  "consent",
] as const satisfies readonly FieldErrorCode[];
const knownCodes = new Set<string>(fieldErrorCodes);

// The first problem of each field, as the form shows it. (An issue zod raised on its own, not
// through one of the codes above, cannot come from our form's plain strings; it reads as
// "required".)
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(String(issue.path[0] ?? ""));
    if (!field || errors[field]) continue;
    const params = (issue as { params?: { code?: string; max?: number } }).params;
    const given = params?.code ?? issue.message;
    const code = (knownCodes.has(given) ? given : "required") as FieldErrorCode;
    errors[field] = params?.max === undefined ? { code } : { code, max: params.max };
  }
  return errors;
}

export type RegistrationCheck =
  { ok: true; registration: ValidRegistration } | { ok: false; errors: FieldErrors };

export function checkRegistration(values: unknown): RegistrationCheck {
  const result = registrationSchema.safeParse(values);
  return result.success
    ? { ok: true, registration: result.data }
    : { ok: false, errors: fieldErrorsOf(result.error) };
}
