import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localeHref } from "./locale-href";
import type { Locale } from "./routing";

// The site's links, for server components (the only export here: a redirect is next/navigation's
// with localeHref). next-intl's own Link is a client component that reads the language from
// NextIntlClientProvider, so every page would carry next-intl's client and the provider; this one
// writes the language into the address on the server and renders a plain next/link. Client
// components link with next/link and localeHref (i18n/locale-href.ts).
type Href = string | { pathname: string; query?: Record<string, string>; hash?: string };

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  href: Href;
  /**
   * The language of the page the link is on (and so of the address). Left out, it is read from
   * the request, which works on pages rendered per request (the back office); pages built ahead
   * or cached (the public site) pass it, as next-intl's request locale does not reach their
   * components during prerendering (see components/page-shell.tsx).
   */
  locale?: Locale;
};

export async function Link({ href, locale, ...rest }: LinkProps) {
  const language = locale ?? ((await getLocale()) as Locale);
  const target =
    typeof href === "string"
      ? localeHref(language, href)
      : { ...href, pathname: localeHref(language, href.pathname) };
  // No prefetching (on hover neither): fetching every link in view as the page loads took about
  // 40% of a text page's blocking time on a cheap phone (docs/lighthouse.md), and mobile data; a
  // click fetches the page. The back office's links too (a desk on the office network does not
  // need it); its section menu (office-nav.tsx) still prefetches.
  return <NextLink href={target} prefetch={false} {...rest} />;
}
