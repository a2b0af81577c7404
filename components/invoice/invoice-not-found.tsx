import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function InvoiceNotFound() {
  const t = useTranslations("invoice");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("notFoundText")}</p>
      <Link href="/invoice" className="mt-8 inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
        {t("lookupLink")}
      </Link>
    </div>
  );
}
