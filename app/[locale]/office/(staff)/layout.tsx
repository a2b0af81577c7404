import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OfficeTopBar } from "@/components/office/office-frame";
import { OfficeNav, OfficeWho } from "@/components/office/office-nav";
import { localeHref } from "@/i18n/locale-href";
import { can, type StaffPermission } from "@/config/staff-permissions";
import { routing } from "@/i18n/routing";
import { currentStaff, unfinishedSetUp } from "@/server/auth/staff-session";
import { signOutAction } from "../actions";

type Section = readonly [name: string, href: string, permission: StaffPermission | null];

// The sections of the back office grouped by what people do, each with what it takes to use it
// (config/staff-permissions.ts; the pages check again). One's own security is in the top bar.
const groups = {
  today: [
    ["today", "/office", "read"],
    ["applications", "/office/applications", "read"],
    ["register", "/office/register", "officeWork"],
    ["recordPayment", "/office/payments/new", "officeWork"],
  ],
  clients: [
    ["clients", "/office/clients", "read"],
    ["invoices", "/office/invoices", "read"],
    ["signatures", "/office/signatures", "read"],
  ],
  money: [
    ["payments", "/office/payments", "read"],
    ["requests", "/office/requests", "read"],
    ["bank", "/office/bank", "bankStatements"],
    ["reconciliation", "/office/reconciliation", "reconcile"],
  ],
  reports: [
    ["close", "/office/close", "read"],
    ["audit", "/office/audit", "auditLog"],
  ],
  admin: [
    ["staff", "/office/staff", "staffAccounts"],
    ["settings", "/office/settings", "settings"],
  ],
} as const satisfies Record<string, readonly Section[]>;

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
  const tOffices = await getTranslations({ locale, namespace: "offices" });
  const visible = Object.entries(groups)
    .map(([group, sections]) => ({
      label: t(`nav.groups.${group as keyof typeof groups}`),
      links: (sections as readonly Section[])
        .filter(([, , permission]) => permission === null || can(staff, permission))
        .map(([section, href]) => ({
          href: localeHref(locale, href),
          label: t(`nav.${section as "today"}`),
        })),
    }))
    .filter((group) => group.links.length > 0);
  return (
    <>
      <OfficeTopBar locale={locale}>
        <OfficeWho
          locale={locale}
          signOut={signOutAction}
          who={t("nav.signedInAs", {
            name: staff.name,
            role: t(`roles.${staff.role}`),
            office: staff.office ? tOffices(`${staff.office}.name`) : t("nav.allOffices"),
          })}
          labels={{
            signOut: t("nav.signOut"),
            signOutEverywhere: t("nav.signOutEverywhere"),
            security: t("nav.security"),
          }}
        />
      </OfficeTopBar>
      <div className="flex-1 lg:flex lg:items-start">
        <OfficeNav label={t("nav.label")} groups={visible} />
        <main id="main" className="min-w-0 flex-1 px-4 py-6 lg:px-6">
          {children as ReactNode}
        </main>
      </div>
    </>
  );
}
