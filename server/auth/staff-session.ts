import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { officeIds, type OfficeId } from "@/config/offices";
import { staffRoles, type StaffRole } from "@/config/staff-roles";
import { getAuth } from "./auth";

export interface SignedInStaff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  office: OfficeId | null;
  twoFactorEnabled: boolean;
}

// The staff member signed in on this request, or null (no back office, no session, an expired
// or revoked one, or an account that was switched off).
// Once per request (React's cache): the layout and the page ask, the database is read once.
export const currentStaff = cache(async (): Promise<SignedInStaff | null> => {
  const auth = getAuth();
  if (!auth) return null;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as typeof session.user & {
    role?: string;
    office?: string | null;
    active?: boolean;
  };
  const role = staffRoles.find((r) => r === user.role);
  if (!role || user.active === false) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role,
    office: officeIds.find((o) => o === user.office) ?? null,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
  };
});

// The start of every back-office page: the locale from the URL (unknown ones get the 404) and
// the signed-in staff member; without one, off to the sign-in page.
export async function staffPage(
  params: Promise<{ locale: string }>,
): Promise<{ locale: Locale; staff: SignedInStaff }> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  return { locale, staff };
}

// The start of every back-office server action: who is signed in, found again (never trusting
// the page that posted), and an admin without the second factor is sent to set it up, as the
// pages do. The domain operation then checks the role itself.
export async function staffForAction(locale: Locale): Promise<SignedInStaff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  if (needsSecondFactor(staff)) redirect(`/${locale}/office/security`);
  return staff;
}

// An admin works only with the second factor on: until then, only the security page.
export const needsSecondFactor = (staff: SignedInStaff) => staff.role === "admin" && !staff.twoFactorEnabled;
