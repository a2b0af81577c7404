import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const development = process.env.NODE_ENV === "development";
const https = (process.env.SITE_URL ?? "").startsWith("https://");

// Every response's headers (CSP, nosniff, frame denial, referrer policy, HSTS): set by our server
// under `npm start` (server/http/serve.ts), here only for `next dev`. The path-specific ones below
// override them (a later setHeader wins).
// (Imported only then, so that a production install needs nothing from config/ at run time.)
const everywhere = development
  ? (await import("./config/security-headers.mjs")).securityHeaders({ https, development })
  : [];

// The back office: never cached, never indexed.
const office = [
  { key: "Cache-Control", value: "private, no-store" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Referrer-Policy", value: "no-referrer" },
];

// Pages whose address carries an invoice number send no Referer at all.
const noReferrer = [{ key: "Referrer-Policy", value: "no-referrer" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "pg", "pino", "prom-client"],
  // The CSS is one cached file, not inlined (experimental.inlineCss): inlined, Next.js 16 also
  // copied all 27 KB of it into every page's RSC payload, twice on some pages, and Lighthouse's
  // mobile runs scored 3-6 points lower for the parsing (docs/lighthouse.md).
  // Uploads to the back office (SOChI's client list, MegaPay's registry) go to server actions,
  // whose default body limit is 1 MB; the domain checks its own, smaller-than-this limits.
  // Pages kept by incremental static regeneration (the home page, registration) live in each
  // instance's memory only: a restart or a new database never serves a page rendered from an old
  // one (server/http/public-page-cache.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" }, isrFlushToDisk: false },
  // A first path segment that is no language reaches the [locale] pages only when the locale proxy
  // skipped it (paths with a dot, /api): send it to the localized 404 (the [locale] layout with an
  // unknown locale, through the dynamic catch-all), so that no cached page is ever rendered for it.
  // Applied after public files and routes without parameters; keep the list of languages in step
  // with i18n/routing.ts.
  async rewrites() {
    return {
      afterFiles: [
        {
          source: "/:first((?!(?:ky|ru|api|_next)(?:/|$))[^/]+)/:rest*",
          destination: "/unknown/:first/:rest*",
        },
        { source: "/api", destination: "/unknown/api" },
      ],
    };
  },
  async headers() {
    // Later entries win for the same header, so the no-referrer paths come last.
    return [
      ...(everywhere.length > 0 ? [{ source: "/:path*", headers: everywhere }] : []),
      { source: "/:locale/invoice", headers: noReferrer },
      { source: "/:locale/invoice/:path*", headers: noReferrer },
      { source: "/:locale/megapay", headers: noReferrer },
      { source: "/api/invoices/:path*", headers: noReferrer },
      { source: "/:locale/office", headers: office },
      { source: "/:locale/office/:path*", headers: office },
    ];
  },
};

export default withNextIntl(nextConfig);
