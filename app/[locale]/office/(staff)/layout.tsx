import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OfficeNav } from "@/components/office/office-nav";
import type { StaffRole } from "@/config/staff-roles";
import { routing } from "@/i18n/routing";
import { currentStaff, needsSecondFactor } from "@/server/auth/staff-session";
import { signOutAction } from "./actions";

// The sections of the back office each role sees in the bar (the pages check again).
function officeSections(role: StaffRole) {
  const works = role !== "accountant";
  return [
    "today",
    "applications",
    "invoices",
    "clients",
    "payments",
    "close",
    ...(role !== "operator" ? (["reconciliation"] as const) : []),
    ...(works ? (["recordPayment", "register"] as const) : []),
    ...(role === "admin" ? (["staff", "settings", "audit"] as const) : []),
    "security",
  ] as const;
}

const sectionPaths = {
  today: "/office",
  applications: "/office/applications",
  invoices: "/office/invoices",
  clients: "/office/clients",
  payments: "/office/payments",
  close: "/office/close",
  reconciliation: "/office/reconciliation",
  recordPayment: "/office/payments/new",
  register: "/office/register",
  staff: "/office/staff",
  settings: "/office/settings",
  audit: "/office/audit",
  security: "/office/security",
} as const;

// Every page in here needs a signed-in staff member; an admin must have the second factor on.
// (Each page and action checks again on the server: this layout is not the only guard.)
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/office">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  if (needsSecondFactor(staff)) redirect(`/${locale}/office/security`);
  const t = await getTranslations({ locale, namespace: "office" });
  return (
    <>
      <OfficeNav
        locale={locale}
        signOut={signOutAction}
        links={officeSections(staff.role).map((section) => ({
          href: sectionPaths[section],
          label: t(`nav.${section}`),
        }))}
        labels={{
          nav: t("nav.label"),
          who: t("nav.signedInAs", { name: staff.name, role: t(`roles.${staff.role}`) }),
          signOut: t("nav.signOut"),
          signOutEverywhere: t("nav.signOutEverywhere"),
        }}
      />
      {children as ReactNode}
    </>
  );
}
