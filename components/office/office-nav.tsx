import { Link } from "@/i18n/navigation";

// The back office's bar: its sections, who is signed in, and signing out (here or everywhere).
export function OfficeNav({
  locale,
  signOut,
  links,
  labels,
}: {
  locale: string;
  signOut: (form: FormData) => Promise<void>;
  // The sections this staff member may use, in order.
  links: { href: string; label: string }[];
  labels: Record<"nav" | "who" | "signOut" | "signOutEverywhere", string>;
}) {
  const button = "rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100";
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-300 pb-4">
      <nav aria-label={labels.nav}>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 font-semibold">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand-700 underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-700" data-testid="office-who">
          {labels.who}
        </span>
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
      </div>
    </div>
  );
}
