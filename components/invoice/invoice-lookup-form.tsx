"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { localeHref } from "@/i18n/locale-href";
import {
  invoiceNumberProblem,
  normalizeInvoiceNumber,
  type InvoiceNumberProblem,
} from "@/lib/invoice-number";
import { FieldError, FieldHint, inputClass } from "../registration/field";

export type LookupError = InvoiceNumberProblem | "notFound" | "rateLimited";

// A GET form that works without JavaScript (to /{locale}/invoice/find, so that the empty form
// stays a static page); with it, a number that cannot be one (letters, a
// wrong length, a wrong check digit) is refused in the browser with the same words and a good one opens its page without a round trip through this one.
export function InvoiceLookupForm({
  defaultValue,
  error,
  retryMinutes = 0,
  typedDigits = 0,
}: {
  defaultValue: string;
  error: LookupError | null;
  retryMinutes?: number;
  /** How many digits were typed, for "checkLength". */
  typedDigits?: number;
}) {
  const t = useTranslations("lookup");
  const locale = useLocale();
  const router = useRouter();
  const [clientError, setClientError] = useState<{ error: LookupError; digits: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const shown = clientError?.error ?? error;
  const digits = clientError?.digits ?? typedDigits;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = input.current?.value ?? "";
    const problem = invoiceNumberProblem(value);
    const number = normalizeInvoiceNumber(value);
    if (problem || !number) {
      setClientError({ error: problem?.problem ?? "checkDigit", digits: problem?.digits ?? 0 });
      input.current?.focus();
      return;
    }
    setClientError(null);
    router.push(localeHref(locale, `/invoice/${number}`));
  };

  return (
    <form
      action={`/${locale}/invoice/find`}
      method="get"
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
    >
      <div>
        <label htmlFor="number" className="font-semibold">
          {t("label")}
        </label>
        <input
          ref={input}
          id="number"
          name="number"
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
          defaultValue={defaultValue}
          autoFocus={Boolean(error)}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? "number-hint number-error" : "number-hint"}
          className={`${inputClass} font-mono text-lg tracking-wider`}
        />
        <FieldHint id="number-hint">{t("hint")}</FieldHint>
        <div role="alert">
          <FieldError
            id="number-error"
            message={shown ? t(shown, { minutes: retryMinutes, digits }) : undefined}
          />
        </div>
      </div>
      <button
        type="submit"
        className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
