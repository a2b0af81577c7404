import "@/app/globals.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { PageShell } from "@/components/page-shell";
import { localeOfRequest } from "@/server/http/page-response";

// Every unknown path lands here, also those with a dot that the locale proxy skips
// (/ru/old.html): the language comes from the path, the cookie or the browser
// (server/http/page-response.ts). Rendered on the server, unlike a notFound() thrown inside a
// page, which Next.js 16.3+ answers with an empty client-rendered shell (vercel/next.js#62228).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOfRequest(), namespace: "meta" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await localeOfRequest();
  return (
    <PageShell locale={locale}>
      <NotFoundContent locale={locale} />
    </PageShell>
  );
}
