import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ky", "ru"],
  defaultLocale: "ky",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
