// Reading posted forms in server actions: the public site's and the back office's.
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";

// The locale a form was posted from (a hidden field), or the default.
export function postedLocale(form: FormData): Locale {
  const value = form.get("locale");
  return typeof value === "string" && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export const text = (form: FormData, name: string, max: number): string => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};
