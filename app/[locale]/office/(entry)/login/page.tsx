import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { OfficeForm } from "@/components/office/office-form";
import { routing } from "@/i18n/routing";
import { currentStaff } from "@/server/auth/staff-session";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function OfficeLoginPage({ params, searchParams }: PageProps<"/[locale]/office/login">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  if (await currentStaff()) redirect(`/${locale}/office`);
  const t = await getTranslations("office.login");
  const { signedOut } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      {signedOut && (
        <p role="status" className="mb-6 rounded-lg bg-green-50 p-3 text-green-900">
          {t(signedOut === "everywhere" ? "signedOutEverywhere" : "signedOut")}
        </p>
      )}
      <OfficeForm
        action={signInAction}
        hidden={{ locale }}
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "username", maxLength: 254 },
          {
            name: "password",
            label: t("password"),
            type: "password",
            autoComplete: "current-password",
            maxLength: 256,
          },
        ]}
        submitLabel={t("submit")}
        messages={{
          required: t("errors.required"),
          email: t("errors.email"),
          invalid: t("errors.invalid"),
          throttled: t("errors.throttled", { minutes: "{minutes}" }),
          unavailable: t("errors.unavailable"),
        }}
      />
    </div>
  );
}
