import { getTranslations } from "next-intl/server";
import type { RegistrationFormState } from "@/components/registration/form-state";
import { formFields, type FormField } from "@/config/registration-fields";
import type { Locale } from "@/i18n/routing";

// A form state as it goes back to the browser: each error also in words (register.errors), for
// the public form and the office's walk-in form alike.
export async function withErrorTexts(
  state: RegistrationFormState,
  locale: Locale,
): Promise<RegistrationFormState> {
  const t = await getTranslations({ locale, namespace: "register.errors" });
  const errorTexts: Partial<Record<FormField, string>> = {};
  for (const field of formFields) {
    const error = state.errors[field];
    if (error) errorTexts[field] = t(error.code, { max: error.max ?? 0 });
  }
  const formErrorText = state.formError
    ? t(state.formError, { minutes: state.retryMinutes ?? 10 })
    : undefined;
  return { ...state, errorTexts, formErrorText };
}
