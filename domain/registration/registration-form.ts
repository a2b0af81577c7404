import { z } from "zod";
import { officeIds } from "@/config/offices";
import { checkInn } from "@/lib/inn";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import { fieldLimits, maxQuantity, type FieldErrors } from "./registration-fields";

export { fieldLimits, formFields, maxQuantity } from "./registration-fields";
export type { FieldErrorCode, FieldErrors, FormField } from "./registration-fields";

export interface RegistrationValues {
  clientType: string;
  inn: string;
  organizationName: string;
  headName: string;
  phone: string;
  email: string;
  office: string;
  tariffs: Record<string, number>;
  consent: boolean;
}

export interface ValidRegistration {
  clientType: "legal" | "entrepreneur";
  inn: string;
  organizationName: string;
  headName: string;
  phone: string;
  email: string | null;
  office: (typeof officeIds)[number];
  items: { code: string; quantity: number }[];
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

// Whitespace runs become one space; control characters are refused rather than stored.
const cleanText = (value: string) => value.replace(/\s+/g, " ").trim();
const hasControlCharacters = (value: string) =>
  /[\u0000-\u001f\u007f-\u009f]/.test(value.replace(/[\t\n\r]/g, " "));

export function readRegistrationValues(form: FormData): RegistrationValues {
  const tariffs: Record<string, number> = {};
  for (const code of form.getAll("tariff")) {
    if (typeof code !== "string" || code.length > 40) continue;
    const raw = text(form, `quantity-${code}`).trim();
    tariffs[code] = raw === "" ? 1 : /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  }
  return {
    clientType: text(form, "clientType"),
    inn: text(form, "inn").slice(0, 40),
    organizationName: text(form, "organizationName").slice(0, 1000),
    headName: text(form, "headName").slice(0, 1000),
    phone: text(form, "phone").slice(0, 40),
    email: text(form, "email").slice(0, 1000),
    office: text(form, "office"),
    tariffs,
    consent: form.get("consent") !== null,
  };
}

function checkName(value: string, max: number) {
  if (hasControlCharacters(value)) return { code: "badCharacters" as const };
  const cleaned = cleanText(value);
  if (!cleaned) return { code: "required" as const };
  if (cleaned.length > max) return { code: "tooLong" as const, max };
  return cleaned;
}

const emailSchema = z.email();

export function validateRegistration(
  values: RegistrationValues,
  activeTariffCodes: ReadonlySet<string>,
): { ok: true; registration: ValidRegistration } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const clientType =
    values.clientType === "legal" || values.clientType === "entrepreneur" ? values.clientType : null;
  if (!clientType) errors.clientType = { code: "choice" };

  const inn = checkInn(values.inn);
  if (!values.inn.trim()) errors.inn = { code: "required" };
  else if (!inn.ok) {
    errors.inn = {
      code: ({ format: "innFormat", "first-digit": "innFirstDigit", "birth-date": "innBirthDate" } as const)[
        inn.problem
      ],
    };
  } else if (clientType === "entrepreneur" && inn.kind !== "person") errors.inn = { code: "innNotPerson" };

  const organizationName = checkName(values.organizationName, fieldLimits.organizationName);
  if (typeof organizationName !== "string") errors.organizationName = organizationName;
  const headName = checkName(values.headName, fieldLimits.headName);
  if (typeof headName !== "string") errors.headName = headName;

  const phone = normalizeKyrgyzMobile(values.phone.trim());
  if (!values.phone.trim()) errors.phone = { code: "required" };
  else if (!phone) errors.phone = { code: "phone" };

  const email = values.email.trim();
  if (email.length > fieldLimits.email) errors.email = { code: "tooLong", max: fieldLimits.email };
  else if (email && !emailSchema.safeParse(email).success) errors.email = { code: "email" };

  const office = officeIds.find((id) => id === values.office);
  if (!office) errors.office = { code: "choice" };

  const items = Object.entries(values.tariffs).map(([code, quantity]) => ({ code, quantity }));
  if (items.length === 0) errors.tariff = { code: "tariffRequired" };
  else if (items.some((item) => !activeTariffCodes.has(item.code))) errors.tariff = { code: "tariffUnknown" };
  else if (
    items.some((item) => !Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > maxQuantity)
  ) {
    errors.tariff = { code: "quantity" };
  }

  if (!values.consent) errors.consent = { code: "consent" };

  if (Object.keys(errors).length > 0 || !clientType || !inn.ok || !phone || !office)
    return { ok: false, errors };
  return {
    ok: true,
    registration: {
      clientType,
      inn: inn.inn,
      organizationName: organizationName as string,
      headName: headName as string,
      phone,
      email: email || null,
      office,
      items: items.sort((a, b) => a.code.localeCompare(b.code)),
    },
  };
}
