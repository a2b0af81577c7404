import { companyName } from "@/config/company";
import { routing } from "@/i18n/routing";

// Not reached by any address: paths under a language end in app/[locale]/(site)/[...rest], a first
// segment that is not a language is answered by app/[locale]/layout.tsx, and pages never call
// notFound() (it gives an empty shell in Next.js 16, see server/http/response-status.ts). Next.js
// still sends this element with every page, so it stays a bare document with one link home.
export default function NotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <a href={`/${routing.defaultLocale}`}>{companyName}</a>
      </body>
    </html>
  );
}
