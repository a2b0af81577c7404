import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfficeForm } from "@/components/office/office-form";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { verifySecondFactorAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function OfficeTwoFactorPage({ params }: PageProps<"/[locale]/office/two-factor">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations("office.twoFactor");
  const tLogin = await getTranslations("office.login");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      <OfficeForm
        action={verifySecondFactorAction}
        hidden={{ locale }}
        fields={[{ name: "code", label: t("code"), autoComplete: "one-time-code", maxLength: 64 }]}
        submitLabel={t("submit")}
        messages={{
          required: t("errors.required"),
          invalid: t("errors.invalid"),
          expired: t("errors.expired"),
          locked: t("errors.locked"),
          unavailable: tLogin("errors.unavailable"),
        }}
      />
      <p className="mt-6">
        <Link href="/office/login" className="font-semibold text-brand-700 underline">
          {t("backToLogin")}
        </Link>
      </p>
    </div>
  );
}
