import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OfficeNav } from "@/components/office/office-nav";
import { can, type StaffPermission } from "@/config/staff-permissions";
import { routing } from "@/i18n/routing";
import { currentStaff, unfinishedSetUp } from "@/server/auth/staff-session";
import { signOutAction } from "../actions";

// The sections of the back office, each with what it takes to use it (config/staff-permissions.ts;
// the pages check again); security is everyone's own.
const sections = [
  ["today", "/office", "read"],
  ["applications", "/office/applications", "read"],
  ["invoices", "/office/invoices", "read"],
  ["clients", "/office/clients", "read"],
  ["payments", "/office/payments", "read"],
  ["close", "/office/close", "read"],
  ["requests", "/office/requests", "read"],
  ["reconciliation", "/office/reconciliation", "reconcile"],
  ["bank", "/office/bank", "bankStatements"],
  ["signatures", "/office/signatures", "read"],
  ["recordPayment", "/office/payments/new", "officeWork"],
  ["register", "/office/register", "officeWork"],
  ["staff", "/office/staff", "staffAccounts"],
  ["settings", "/office/settings", "settings"],
  ["audit", "/office/audit", "auditLog"],
  ["security", "/office/security", null],
] as const satisfies readonly (readonly [string, string, StaffPermission | null])[];

// Every page in here needs a signed-in staff member with their own password and the second
// factor set up. (Each page, route and action checks this itself with staffPage, staffForRoute
// and staffForAction: this layout only spares a render.)
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/office">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  if (unfinishedSetUp(staff)) redirect(`/${locale}/office/security`);
  const t = await getTranslations({ locale, namespace: "office" });
  return (
    <>
      <OfficeNav
        locale={locale}
        signOut={signOutAction}
        links={sections
          .filter(([, , permission]) => permission === null || can(staff, permission))
          .map(([section, href]) => ({ href, label: t(`nav.${section}`) }))}
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
