// The registration form's fields and limits, shared by the form (client) and its validation.
export const maxQuantity = 20;
export const fieldLimits = { organizationName: 200, headName: 120, email: 254 } as const;

// Error codes; their words are messages register.errors.<code>.
export type FieldErrorCode =
  | "required"
  | "tooLong"
  | "badCharacters"
  | "invisibleCharacters"
  | "innFormat"
  | "innFirstDigit"
  | "innBirthDate"
  | "innNotPerson"
  | "phone"
  | "email"
  | "choice"
  | "otherOffice"
  | "tariffRequired"
  | "tariffUnknown"
  | "quantity"
  | "consent";

export const formFields = [
  "clientType",
  "inn",
  "organizationName",
  "headName",
  "phone",
  "email",
  "office",
  "tariff",
  "consent",
] as const;
export type FormField = (typeof formFields)[number];
export type FieldErrors = Partial<Record<FormField, { code: FieldErrorCode; max?: number }>>;

// What the person typed, as posted (kept to fill the form in again after an error). Tariffs map
// each ticked code to the quantity text next to it.
export interface RegistrationValues {
  clientType: string;
  inn: string;
  organizationName: string;
  headName: string;
  phone: string;
  email: string;
  office: string;
  tariffs: Record<string, string>;
  consent: boolean;
}
