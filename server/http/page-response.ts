// What a page may learn about, and set on, its response through our server (serve.ts).
import { cookies, headers } from "next/headers";
import { routing, type Locale } from "@/i18n/routing";
import { preferredLocale } from "@/lib/preferred-locale";
import { recordResponseStatus, requestPathHeader } from "./response-status";

/** The page renders its own content, but the status line says 404 (or 429). */
export async function answerWithStatus(status: 404 | 429): Promise<void> {
  recordResponseStatus(await headers(), status);
}

/** For pages the locale proxy did not see (paths with a dot): path, cookie, Accept-Language. */
export async function localeOfRequest(): Promise<Locale> {
  const requestHeaders = await headers();
  return preferredLocale(
    {
      path: requestHeaders.get(requestPathHeader),
      cookie: (await cookies()).get("NEXT_LOCALE")?.value ?? null,
      acceptLanguage: requestHeaders.get("accept-language"),
    },
    routing.locales,
    routing.defaultLocale,
  );
}
