import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OfficeNav } from "@/components/office/office-nav";
import { routing } from "@/i18n/routing";
import { currentStaff } from "@/server/auth/staff-session";
import { signOutAction } from "./actions";

// Every page in here needs a signed-in staff member; an admin must have the second factor on.
// (Each page and action checks again on the server: this layout is not the only guard.)
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/office">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  if (staff.role === "admin" && !staff.twoFactorEnabled) redirect(`/${locale}/office/security`);
  const t = await getTranslations({ locale, namespace: "office" });
  return (
    <>
      <OfficeNav
        locale={locale}
        signOut={signOutAction}
        labels={{
          nav: t("nav.label"),
          payments: t("nav.payments"),
          security: t("nav.security"),
          staff: staff.role === "admin" ? t("nav.staff") : undefined,
          register: staff.role === "accountant" ? undefined : t("nav.register"),
          who: t("nav.signedInAs", { name: staff.name, role: t(`roles.${staff.role}`) }),
          signOut: t("nav.signOut"),
          signOutEverywhere: t("nav.signOutEverywhere"),
        }}
      />
      {children as ReactNode}
    </>
  );
}
