"use client";

import { useActionState, useEffect, useRef } from "react";
import { fieldLimits, formFields, maxQuantity, type FormField } from "@/config/registration-fields";
import type { Locale } from "@/i18n/routing";
import { newSubmissionKey } from "@/lib/submission-key";
import { FieldError, FieldHint, RadioGroup, TextField } from "./field";
import type { RegistrationAction, RegistrationFormState } from "./form-state";
import type { RegistrationLabel, RegistrationWords } from "./registration-words";

// The words come from the page (registration-words.tsx) and the errors' words from the action, so
// that this form needs React in the browser but no translation code.
export function RegistrationForm({
  locale,
  words,
  initialState,
  action,
  renews,
}: {
  locale: Locale;
  // The back office's walk-in form replaces the consent and the button with its own (it speaks
  // of the client, office.register, instead of in the client's voice).
  words: RegistrationWords;
  // Staff renewing a signature (from the list of expiring ones): its id, posted with the form.
  renews?: number;
  initialState: RegistrationFormState;
  // The server action that registers (app/[locale]/(site)/register/actions.ts), handed in by the page.
  action: RegistrationAction;
}) {
  const t = (key: RegistrationLabel) => words.labels[key];
  const [state, formAction, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const v = state.values;
  const firstError = formFields.find((field) => state.errors[field]);

  // The public page is one cached page for everyone, so its form arrives without a key; each
  // browser makes its own (lib/submission-key.ts). A form that came back keeps the one it had.
  useEffect(() => {
    if (keyRef.current && !keyRef.current.value) keyRef.current.value = newSubmissionKey();
  }, [state]);

  useEffect(() => {
    if (state === initialState) return;
    const target = firstError
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${firstError}"]`)
      : formRef.current?.querySelector<HTMLElement>("[data-form-error]");
    target?.focus();
  }, [state, initialState, firstError]);

  const error = (field: FormField) => (state.errors[field] ? state.errorTexts?.[field] : undefined);
  const describedBy = (field: FormField, hint?: boolean) =>
    [hint ? `${field}-hint` : null, state.errors[field] ? `${field}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = (field: FormField) => (state.errors[field] ? true : undefined);
  const focusFirst = (field: FormField) => firstError === field;
  const required = <span className="text-sm font-normal text-slate-600"> ({t("required")})</span>;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-6"
      key={JSON.stringify(state.values ?? {})}
    >
      <input type="hidden" name="locale" value={locale} />
      <input ref={keyRef} type="hidden" name="submissionKey" defaultValue={state.submissionKey} />
      {renews !== undefined && <input type="hidden" name="renews" value={renews} />}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {t("botTrap")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      {(state.formError || firstError) && (
        <div
          role="alert"
          tabIndex={-1}
          data-form-error
          className="rounded-lg border border-red-700 bg-red-50 p-4 text-red-900"
        >
          {(state.formError && state.formErrorText) || t("errorSummary")}
        </div>
      )}

      <RadioGroup
        name="clientType"
        legend={
          <>
            {t("clientType")}
            {required}
          </>
        }
        options={[
          { value: "legal", label: t("clientTypeLegal") },
          { value: "entrepreneur", label: t("clientTypeEntrepreneur") },
        ]}
        checked={v?.clientType ?? "legal"}
        autoFocus={focusFirst("clientType")}
        error={error("clientType")}
      />

      <TextField
        name="inn"
        label={
          <>
            {t("inn")}
            {required}
          </>
        }
        hint={t("innHint")}
        error={error("inn")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        defaultValue={v?.inn}
        autoFocus={focusFirst("inn")}
        inputClassName="font-mono tracking-wider"
      />

      {(["organizationName", "headName"] as const).map((field) => (
        <TextField
          key={field}
          name={field}
          label={
            <>
              {t(field)}
              {required}
            </>
          }
          error={error(field)}
          autoComplete={field === "headName" ? "name" : "organization"}
          maxLength={fieldLimits[field] + 50}
          defaultValue={v?.[field]}
          autoFocus={focusFirst(field)}
        />
      ))}

      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          name="phone"
          type="tel"
          label={
            <>
              {t("phone")}
              {required}
            </>
          }
          hint={t("phoneHint")}
          error={error("phone")}
          autoComplete="tel"
          maxLength={30}
          defaultValue={v?.phone}
          autoFocus={focusFirst("phone")}
        />
        <TextField
          name="email"
          type="email"
          label={
            <>
              {t("email")} <span className="text-sm font-normal text-slate-600">({t("optional")})</span>
            </>
          }
          error={error("email")}
          autoComplete="email"
          maxLength={fieldLimits.email + 10}
          defaultValue={v?.email}
          autoFocus={focusFirst("email")}
        />
      </div>

      <RadioGroup
        name="office"
        legend={
          <>
            {t("office")}
            {required}
          </>
        }
        options={words.offices}
        checked={v?.office}
        autoFocus={focusFirst("office")}
        error={error("office")}
      />

      <fieldset aria-describedby={describedBy("tariff", true)}>
        <legend className="font-semibold">
          {t("tariffs")}
          {required}
        </legend>
        <FieldHint id="tariff-hint">{t("tariffsHint")}</FieldHint>
        <p className="mt-1 text-sm">{words.tariffsHelp}</p>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {words.tariffs.map((tariff, i) => {
            const quantity = v?.tariffs[tariff.code];
            return (
              <li
                key={tariff.code}
                className="flex flex-wrap items-center gap-3 p-3"
                data-tariff={tariff.code}
              >
                <label className="flex min-w-0 flex-1 items-start gap-3">
                  <input
                    type="checkbox"
                    name="tariff"
                    value={tariff.code}
                    defaultChecked={quantity !== undefined}
                    className="mt-0.5 h-5 w-5 shrink-0"
                    data-field={i === 0 ? "tariff" : undefined}
                    autoFocus={i === 0 && focusFirst("tariff")}
                    aria-invalid={invalid("tariff")}
                  />
                  <span>
                    {tariff.name}
                    <span className="block text-sm font-semibold tabular-nums">{tariff.price}</span>
                  </span>
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <span aria-hidden="true">{t("quantityShort")}</span>
                  <input
                    type="number"
                    name={`quantity-${tariff.code}`}
                    min={1}
                    max={maxQuantity}
                    inputMode="numeric"
                    defaultValue={quantity || 1}
                    aria-label={tariff.quantityLabel}
                    className="w-16 rounded-lg border border-slate-400 px-2 py-1.5 text-base"
                  />
                </label>
              </li>
            );
          })}
        </ul>
        <FieldError id="tariff-error" message={error("tariff")} />
      </fieldset>

      <div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="consent"
            data-field="consent"
            defaultChecked={v?.consent}
            autoFocus={focusFirst("consent")}
            aria-invalid={invalid("consent")}
            aria-describedby={describedBy("consent", true)}
            className="mt-0.5 h-5 w-5 shrink-0"
          />
          <span className="font-semibold">
            {t("consent")}
            {required}
          </span>
        </label>
        <FieldHint id="consent-hint">{t("consentHint")}</FieldHint>
        <FieldError id="consent-error" message={error("consent")} />
      </div>

      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="w-full rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
