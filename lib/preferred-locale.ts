// The language for a request that did not pass through the locale proxy (paths with a dot, such
// as /ru/old.html or /price.pdf): the path's first segment when it names one of ours, else the
// language the visitor chose before (next-intl's cookie), else their browser's preference, else
// the default. The same order the proxy uses for unprefixed paths.

export interface LocaleHints {
  path: string | null;
  cookie: string | null;
  acceptLanguage: string | null;
}

export function preferredLocale<L extends string>(hints: LocaleHints, locales: readonly L[], fallback: L): L {
  const known = (value: string | undefined | null): L | undefined =>
    locales.find((locale) => locale === value?.trim().toLowerCase());
  const fromPath = known(hints.path?.split("/")[1]);
  if (fromPath) return fromPath;
  const fromCookie = known(hints.cookie);
  if (fromCookie) return fromCookie;
  return fromAcceptLanguage(hints.acceptLanguage ?? "", known) ?? fallback;
}

// "ru-RU,ru;q=0.9,en;q=0.8": the known language with the highest weight; equal weights keep the
// header's order; q=0 means "not this one".
function fromAcceptLanguage<L>(
  header: string,
  known: (tag: string | undefined) => L | undefined,
): L | undefined {
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { locale: known(tag.trim().split("-")[0]), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.locale !== undefined && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.locale;
}
