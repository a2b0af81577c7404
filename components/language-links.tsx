import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./language-switch";

// The server half of the language switch (language-switch.tsx): its words, for the site's header
// and the back office's bar.
export async function LanguageLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "language" });
  const tNav = await getTranslations({ locale, namespace: "nav" });
  const names = Object.fromEntries(routing.locales.map((l) => [l, t(l)])) as Record<Locale, string>;
  return <LanguageSwitch current={locale} label={tNav("language")} names={names} />;
}
