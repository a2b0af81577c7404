import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { officeIds, type OfficeId } from "@/config/offices";
import { staffRoles, type StaffRole } from "@/config/staff-roles";
import { freshProofMs, sessionLifetimeMs, sessionUseRecordMs } from "@/config/staff-security";
import { getDatabase } from "@/server/db";
import { clientAddressOf } from "@/server/http/client-address-header";
import { getAuth } from "./auth";

export interface SignedInStaff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  office: OfficeId | null;
  twoFactorEnabled: boolean;
  mustChangePassword: boolean;
  sessionId: string;
  // When the password or a code was last proven in this session.
  verifiedAt: Date;
}

// The staff member signed in on this request, or null (no back office, no session, an expired,
// revoked or too old one, or an account that was switched off).
// Once per request (React's cache): the layout and the page ask, the database is read once.
export const currentStaff = cache(async (): Promise<SignedInStaff | null> => {
  const auth = getAuth();
  if (!auth) return null;
  const requestHeaders = await headers();
  const found = await auth.api.getSession({ headers: requestHeaders });
  if (!found) return null;
  const user = found.user as typeof found.user & {
    role?: string;
    office?: string | null;
    active?: boolean;
    mustChangePassword?: boolean;
  };
  const session = found.session as typeof found.session & {
    verifiedAt?: Date | null;
    lastUsedAt?: Date | null;
    lastAddress?: string | null;
  };
  const role = staffRoles.find((r) => r === user.role);
  if (!role || user.active === false) return null;
  const now = Date.now();
  const db = getDatabase();
  // However often it is used, a session ends 7 days after its sign-in.
  if (now - new Date(session.createdAt).getTime() >= sessionLifetimeMs) {
    await db.staffSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  const address = clientAddressOf(requestHeaders);
  const lastUsed = session.lastUsedAt ? new Date(session.lastUsedAt).getTime() : 0;
  if (now - lastUsed >= sessionUseRecordMs || (address !== null && address !== session.lastAddress)) {
    await db.staffSession.updateMany({
      where: { id: session.id },
      data: { lastUsedAt: new Date(now), ...(address === null ? {} : { lastAddress: address }) },
    });
  }
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role,
    office: officeIds.find((o) => o === user.office) ?? null,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
    mustChangePassword: user.mustChangePassword !== false,
    sessionId: session.id,
    verifiedAt: new Date(session.verifiedAt ?? session.createdAt),
  };
});

// What still stands between a signed-in person and the back office: a password someone else
// chose, then the second factor. Until both are done only the security page opens.
export function unfinishedSetUp(staff: SignedInStaff): "password" | "second-factor" | null {
  if (staff.mustChangePassword) return "password";
  if (!staff.twoFactorEnabled) return "second-factor";
  return null;
}

// Whether the last proof (password or code) in this session is recent enough for a sensitive
// action (config/staff-security.ts).
export const hasFreshProof = (staff: SignedInStaff, now = Date.now()) =>
  now - staff.verifiedAt.getTime() < freshProofMs;

function localeOf(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

// The start of the security page: the locale and whoever is signed in, set up or not.
export async function signedInPage(
  params: Promise<{ locale: string }>,
): Promise<{ locale: Locale; staff: SignedInStaff }> {
  const locale = localeOf((await params).locale);
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  return { locale, staff };
}

// The start of every other back-office page: the locale from the URL (unknown ones get the 404)
// and the signed-in staff member with their password and second factor set up; without a
// session, off to the sign-in page, and until the set-up is done, to the security page. Each
// page checks this itself: a layout is not rendered for every request that reaches a page.
export async function staffPage(
  params: Promise<{ locale: string }>,
): Promise<{ locale: Locale; staff: SignedInStaff }> {
  const { locale, staff } = await signedInPage(params);
  if (unfinishedSetUp(staff)) redirect(`/${locale}/office/security`);
  return { locale, staff };
}

// The start of the security page's actions (they are the set-up): whoever is signed in.
export async function signedInForAction(locale: Locale): Promise<SignedInStaff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
  return staff;
}

// The start of every other back-office server action: who is signed in, found again (never trusting
// the page that posted), sent to the security page until the set-up is done, as the pages do.
// The domain operation then checks the permission itself.
export async function staffForAction(locale: Locale): Promise<SignedInStaff> {
  const staff = await signedInForAction(locale);
  if (unfinishedSetUp(staff)) redirect(`/${locale}/office/security`);
  return staff;
}

const refused = (status: number) =>
  new Response(null, { status, headers: { "Cache-Control": "private, no-store" } });

// The start of every back-office route handler (the CSV exports): the staff member, or the
// answer for someone who is not (401 without a session, 403 until the set-up is done).
export async function staffForRoute(): Promise<SignedInStaff | Response> {
  const staff = await currentStaff();
  if (!staff) return refused(401);
  if (unfinishedSetUp(staff)) return refused(403);
  return staff;
}
