import { routing, type Locale } from "./routing";

// Addresses inside the site in one language, written without next-intl's navigation so that a
// page whose only JavaScript is the App Router's own does not carry next-intl's client (its links
// read the language from a provider that every page would then need). The language is always the
// first segment (`localePrefix: "always"`).

/** "/help" → "/ky/help", "/" → "/ky", "/#offices" → "/ky#offices", "/?x=1" → "/ky?x=1". */
export function localeHref(locale: Locale, path: string): string {
  if (path === "/") return `/${locale}`;
  if (path.startsWith("/#") || path.startsWith("/?")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** The path after the language: "/ru/help/soci" → "/help/soci", "/ky" → "/". */
export function pathWithoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  if (!(routing.locales as readonly string[]).includes(first ?? "")) return pathname || "/";
  return `/${rest.join("/")}`;
}
