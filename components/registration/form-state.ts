import type { FieldErrors, FormField, RegistrationValues } from "@/config/registration-fields";

export interface RegistrationFormState {
  submissionKey: string;
  values: RegistrationValues | null;
  errors: FieldErrors;
  formError?: "rateLimited" | "rejected" | "unavailable" | "notAllowed";
  retryMinutes?: number;
  // The errors above in words, in the form's language: the action writes them (the form
  // translates nothing in the browser).
  errorTexts?: Partial<Record<FormField, string>>;
  formErrorText?: string;
}

export type RegistrationAction = (
  previous: RegistrationFormState,
  form: FormData,
) => Promise<RegistrationFormState>;
