"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localeHref } from "@/i18n/locale-href";
import type { Locale } from "@/i18n/routing";

export interface OfficeNavGroup {
  label: string;
  /** Addresses with the language (localeHref), as the browser's path is compared with them. */
  links: { href: string; label: string }[];
}

// The back office's sections, grouped by what people do, only those this staff member may open:
// a column beside the page on a desk's screen (kept in view while the page scrolls), a compact
// block above it on a phone.
export function OfficeNav({ label, groups }: { label: string; groups: OfficeNavGroup[] }) {
  // The section this page belongs to: the longest link that starts its path (a client's page is
  // under Clients; "Record a payment" is its own, not Payments').
  const pathname = usePathname();
  const current = groups
    .flatMap((group) => group.links.map((link) => link.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav
      aria-label={label}
      className="no-print border-b border-slate-300 bg-white px-4 py-3 text-sm lg:sticky lg:top-0 lg:max-h-dvh lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r"
    >
      <div className="flex flex-wrap gap-x-6 gap-y-3 lg:block lg:space-y-4">
        {groups.map((group) => (
          <div key={group.label}>
            <p className="text-xs font-bold uppercase tracking-wide text-slate-600">{group.label}</p>
            <ul className="mt-1 flex flex-wrap gap-x-3 lg:block">
              {group.links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={link.href === current ? "page" : undefined}
                    className="inline-block rounded py-1 font-semibold text-brand-700 hover:underline aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 lg:-mx-2 lg:block lg:px-2"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}

// Who is signed in (name, role, office) and signing out, here or everywhere: in the top bar.
export function OfficeWho({
  locale,
  who,
  signOut,
  labels,
}: {
  locale: Locale;
  who: string;
  signOut: (form: FormData) => Promise<void>;
  labels: Record<"signOut" | "signOutEverywhere" | "security", string>;
}) {
  const button =
    "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50";
  return (
    <>
      <span className="text-sm font-semibold text-slate-800" data-testid="office-who">
        {who}
      </span>
      <Link
        href={localeHref(locale, "/office/security")}
        className="text-sm font-semibold text-brand-700 underline"
      >
        {labels.security}
      </Link>
      <form action={signOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={button}>
          {labels.signOut}
        </button>
      </form>
      <form action={signOut}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="everywhere" value="1" />
        <button type="submit" className={button}>
          {labels.signOutEverywhere}
        </button>
      </form>
    </>
  );
}
