import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Sends `/` and unprefixed paths to /ky or /ru (locale cookie, then Accept-Language, else ky).
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
