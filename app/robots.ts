import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { getEnv } from "@/server/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const site = getEnv().SITE_URL;
  return {
    // The back office is never for search engines (its pages also say noindex).
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", ...routing.locales.map((l) => `/${l}/office`)] },
    sitemap: `${site}/sitemap.xml`,
  };
}
