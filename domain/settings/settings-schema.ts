// The settings forms' rules (admins only): an office's address and hours in both languages and
// its phone, the company's legal name in both languages, a tariff's names, price and state.
// Empty texts are allowed where the public pages then say "being confirmed".
import { z } from "zod";
import { normalizeKyrgyzNumber } from "@/lib/phone";
import { hasInvisibleCharacters } from "@/lib/text";
import { parseSomInput } from "../payments/office-payment-schema";
import { textField } from "../registration/registration-schema";

const optionalText = (max: number) =>
  z.string().transform((value, ctx) => {
    if (!value.trim()) return "";
    const parsed = textField(max).safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "badCharacters" });
    return z.NEVER;
  });

export const officeSettingsSchema = z.object({
  addressKy: optionalText(200),
  addressRu: optionalText(200),
  hoursKy: optionalText(120),
  hoursRu: optionalText(120),
  phone: z.string().transform((value, ctx) => {
    if (!value.trim()) return "";
    const number = normalizeKyrgyzNumber(value.trim());
    if (number) return number;
    ctx.addIssue({ code: "custom", message: "phoneAny" });
    return z.NEVER;
  }),
  // The mailbox told about MegaPay payments for the office's invoices (domain/notifications/).
  email: z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (!trimmed) return "";
    if (trimmed.length <= 200 && !hasInvisibleCharacters(trimmed) && z.email().safeParse(trimmed).success)
      return trimmed;
    ctx.addIssue({ code: "custom", message: "email" });
    return z.NEVER;
  }),
});
export type OfficeSettingsInput = z.output<typeof officeSettingsSchema>;

export const legalNameSchema = z.object({
  legalNameKy: optionalText(200),
  legalNameRu: optionalText(200),
});
export type LegalNameInput = z.output<typeof legalNameSchema>;

export const tariffSchema = z.object({
  nameKy: textField(120),
  nameRu: textField(120),
  price: z.string().transform((value, ctx) => {
    const tyiyn = parseSomInput(value);
    if (tyiyn !== null) return tyiyn;
    ctx.addIssue({ code: "custom", message: "amountFormat" });
    return z.NEVER;
  }),
  active: z.enum(["1", "0"], { error: "choice" }).transform((v) => v === "1"),
});
export type TariffInput = z.output<typeof tariffSchema>;

// Problem codes of these forms; words in messages office.settings.errors.<code>.
export const settingsProblems = [
  "required",
  "tooLong",
  "badCharacters",
  "invisibleCharacters",
  "phoneAny",
  "email",
  "amountFormat",
  "choice",
] as const;
export type SettingsProblem = (typeof settingsProblems)[number];

// The column names of MegaPay's registry; an empty field is the default name.
export const registryColumnsSchema = z.object({
  registryTxnIdColumn: optionalText(60),
  registryDateColumn: optionalText(60),
  registryAccountColumn: optionalText(60),
  registrySumColumn: optionalText(60),
  registryServiceColumn: optionalText(60),
});
export type RegistryColumnsInput = z.output<typeof registryColumnsSchema>;
