// The headers every response carries, written once: our server (server/http/serve.ts) sets them
// on every response under `npm start` (cheaper than Next.js's `headers()`, which compiles each
// value against the path on every request), and next.config.js hands them to `next dev`.
// Plain JavaScript, because next.config.js imports it.

/**
 * @param {{ https: boolean, development: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ https, development }) {
  // Next.js writes its bootstrap and the page data as inline scripts, and the build inlines the
  // CSS, so both need 'unsafe-inline' (nonces would make every page, the static guide too, render
  // per request). Everything else is our own origin only; nothing may frame the site.
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
