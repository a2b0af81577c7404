import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";

export function NotFoundMessage({
  title,
  text,
  href,
  linkLabel,
  locale,
}: {
  title: string;
  text: string;
  href: "/" | "/invoice";
  linkLabel: string;
  locale?: Locale;
}) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg text-slate-700">{text}</p>
      <Link
        href={href}
        locale={locale}
        className="mt-8 inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
      >
        {linkLabel}
      </Link>
    </div>
  );
}

// The locale is passed in: this also answers paths the locale proxy never saw.
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <NotFoundMessage title={t("title")} text={t("text")} href="/" linkLabel={t("backHome")} locale={locale} />
  );
}
