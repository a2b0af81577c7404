import { NotFoundContent } from "@/components/not-found-content";
import type { Locale } from "@/i18n/routing";
import { answerWithStatus } from "@/server/http/page-response";

// What a page returns instead of calling notFound(), which Next.js 16.3+ answers with an empty
// client-rendered shell (vercel/next.js#62228): the localized 404 content, rendered on the
// server, with 404 on the status line (server/http/response-status.ts).
export async function respondNotFound(locale: Locale) {
  await answerWithStatus(404);
  return <NotFoundContent locale={locale} />;
}
