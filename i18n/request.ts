import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import type { Messages } from "next-intl";
import type { Locale } from "./routing";
import { routing } from "./routing";
import { fillConfigReferences } from "./config-references";

// Loaded and filled once per locale and process, not per request.
const loaded = new Map<Locale, Promise<Messages>>();

function messagesFor(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = import(`../messages/${locale}.json`).then((m: { default: Messages }) =>
      fillConfigReferences(m.default, locale),
    );
    loaded.set(locale, messages);
  }
  return messages;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await messagesFor(locale) };
});
