import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { ClientIntl } from "../client-intl";
import { InvoiceLookupForm, type LookupError } from "./invoice-lookup-form";

// The lookup page: empty at /{locale}/invoice (static), with what was typed and what is wrong with
// it at /{locale}/invoice/find, where the form goes when the browser runs no script.
export function InvoiceLookup({
  locale,
  typed = "",
  error = null,
  retryMinutes = 0,
  typedDigits = 0,
}: {
  locale: Locale;
  typed?: string;
  error?: LookupError | null;
  retryMinutes?: number;
  typedDigits?: number;
}) {
  const t = useTranslations("lookup");
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      <ClientIntl locale={locale} island="lookup">
        <InvoiceLookupForm
          defaultValue={typed}
          error={error}
          retryMinutes={retryMinutes}
          typedDigits={typedDigits}
        />
      </ClientIntl>
    </div>
  );
}
