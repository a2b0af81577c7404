// What an office form's server action answers: error codes per field and for the whole form,
// and the values to show again (never a password). The page turns codes into words.
export interface OfficeFormState {
  errors: Record<string, string>;
  formError?: string;
  values: Record<string, string>;
  // For messages that say when to try again.
  minutes?: number;
}

export type OfficeFormAction = (previous: OfficeFormState, form: FormData) => Promise<OfficeFormState>;

export const emptyOfficeFormState: OfficeFormState = { errors: {}, values: {} };

// "Too many wrong attempts: try again in N minutes" (the form's words carry {minutes}).
export const throttledState = (
  retryAfterMs: number,
  values: Record<string, string> = {},
): OfficeFormState => ({
  errors: {},
  values,
  formError: "throttled",
  minutes: Math.ceil(retryAfterMs / 60_000),
});
