import type { Messages } from "next-intl";
import { fillConfigReferences } from "./config-references";
import type { Locale } from "./routing";

// Loaded and filled once per locale and process (pages through request.ts, emails directly).
const loaded = new Map<Locale, Promise<Messages>>();

export function messagesFor(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = import(`../messages/${locale}.json`).then((m: { default: Messages }) =>
      fillConfigReferences(m.default, locale),
    );
    loaded.set(locale, messages);
  }
  return messages;
}
