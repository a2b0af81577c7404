import { helpTopics } from "./help-topics";

// The pages listed in /sitemap.xml, in both locales. Add a page here when it is built.
export const publicPages = [
  "/",
  "/megapay",
  "/register",
  "/invoice",
  "/renew",
  "/help",
  ...helpTopics.map((topic) => `/help/${topic}`),
] as const;
