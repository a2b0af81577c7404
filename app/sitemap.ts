import type { MetadataRoute } from "next";
import { publicPages } from "@/config/public-pages";
import { routing } from "@/i18n/routing";
import { localizedUrl } from "@/server/seo/page-metadata";

export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(locale, page),
      alternates: {
        languages: Object.fromEntries(routing.locales.map((l) => [l, localizedUrl(l, page)])),
      },
    })),
  );
}
