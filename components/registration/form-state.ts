import type { FieldErrors, RegistrationValues } from "@/config/registration-fields";

export interface RegistrationFormState {
  submissionKey: string;
  values: RegistrationValues | null;
  errors: FieldErrors;
  formError?: "rateLimited" | "rejected" | "unavailable" | "notAllowed";
  retryMinutes?: number;
}

export type RegistrationAction = (
  previous: RegistrationFormState,
  form: FormData,
) => Promise<RegistrationFormState>;
