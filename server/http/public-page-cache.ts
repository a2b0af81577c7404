import { revalidatePath } from "next/cache";
import { helpTopics } from "@/config/help-topics";

// The public pages that show what admins set in the back office (prices, offices, the legal name,
// bank details, what to bring) are not rendered per request: Next.js renders each on its first
// visit, keeps it in the memory of the instance (next.config.js: nothing is written to .next, so a
// restart starts clean), serves it from there and renders it again in the background once it is
// `revalidate` seconds old.

// The routes, as Next.js names them (with their route group), that read the settings or the tariffs.
const settingsPages = [
  "/[locale]/(site)",
  "/[locale]/(site)/register",
  ...helpTopics.map((topic) => `/[locale]/(site)/help/${topic}`),
];

// No locale is rendered at build time: the build has no database. An empty list (rather than
// none) is what makes Next.js render and keep a page on its first visit.
export function cachedPageParams(): { locale: string }[] {
  return [];
}

// After an admin saves the settings or a tariff. This instance renders the pages again on their
// next visit; other instances keep theirs until their `revalidate` runs out (docs/operations.md).
export function revalidatePublicPages(): void {
  for (const route of settingsPages) revalidatePath(route, "page");
}
