// The settings forms' rules (admins only): an office's address and hours in both languages and
// its phone, the company's legal name in both languages, a tariff's names, price and state.
// Empty texts are allowed where the public pages then say "being confirmed".
import { z } from "zod";
import { statementAccount } from "@/lib/bank-statement/statement-file";
import { checkInn } from "@/lib/inn";
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

// What a client brings to the office, one text per language (the invoice page shows it).
export const documentsTextSchema = z.object({
  documentsKy: optionalText(500),
  documentsRu: optionalText(500),
});
export type DocumentsTextInput = z.output<typeof documentsTextSchema>;

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
  "innFormat",
  "bicFormat",
  "bankAccountFormat",
  "paymentCodeFormat",
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

// Empty, or what `read` makes of the text (null: the problem `code`).
const optionalValue = (read: (text: string) => string | null, code: SettingsProblem) =>
  z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (!trimmed) return "";
    const read_ = read(trimmed);
    if (read_ !== null) return read_;
    ctx.addIssue({ code: "custom", message: code });
    return z.NEVER;
  });

// What a bank transfer to the company needs (printed on every invoice), and the company's other
// accounts that receive transfers (any separators; kept one per line).
export const bankDetailsSchema = z.object({
  sellerInn: optionalValue((text) => {
    const inn = checkInn(text);
    return inn.ok ? inn.inn : null;
  }, "innFormat"),
  bankName: optionalText(120),
  bankBic: optionalValue((text) => (/^\d{6}$/.test(text) ? text : null), "bicFormat"),
  bankAccount: optionalValue(statementAccount, "bankAccountFormat"),
  paymentCode: optionalValue((text) => (/^\d{8}$/.test(text) ? text : null), "paymentCodeFormat"),
  otherBankAccounts: optionalValue((text) => {
    const accounts = text.split(/[,;\n]+/).filter((a) => a.trim() !== "");
    const read = accounts.map(statementAccount);
    return read.every((a) => a !== null) && read.length <= 20 ? [...new Set(read)].join("\n") : null;
  }, "bankAccountFormat"),
});
export type BankDetailsInput = z.output<typeof bankDetailsSchema>;

// The column names of a bank statement saved as a table; an empty field is the default name.
export const statementColumnsSchema = z.object({
  statementDateColumn: optionalText(60),
  statementNumberColumn: optionalText(60),
  statementAmountColumn: optionalText(60),
  statementPayerColumn: optionalText(60),
  statementPayerInnColumn: optionalText(60),
  statementPayerAccountColumn: optionalText(60),
  statementPurposeColumn: optionalText(60),
});
export type StatementColumnsInput = z.output<typeof statementColumnsSchema>;
