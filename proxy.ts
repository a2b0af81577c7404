import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Sends `/` and unprefixed paths to /ky or /ru (locale cookie, then Accept-Language, else ky).
export default createMiddleware(routing);

// Not /api, files, nor a bank statement's upload (a route that checks the session before it reads
// the body: a proxy would read it first, and cut it at 10 MB).
export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*|(?:ky|ru)/office/bank/upload).*)",
};
