import type { FieldErrors } from "@/domain/registration/registration-fields";
import type { RegistrationValues } from "@/domain/registration/registration-form";

export interface RegistrationFormState {
  submissionKey: string;
  values: RegistrationValues | null;
  errors: FieldErrors;
  formError?: "rateLimited" | "rejected" | "unavailable";
  retryMinutes?: number;
}
