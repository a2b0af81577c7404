import { describe, expect, it } from "vitest";
import { preferredLocale } from "./preferred-locale";

const locales = ["ky", "ru"] as const;
const pick = (path: string | null, cookie: string | null, acceptLanguage: string | null) =>
  preferredLocale({ path, cookie, acceptLanguage }, locales, "ky");

describe("preferredLocale", () => {
  it("takes the path's first segment when it is one of ours", () => {
    expect(pick("/ru/old.html", "ky", "ky")).toBe("ru");
    expect(pick("/ky/x.pdf", "ru", "ru")).toBe("ky");
    expect(pick("/RU/x.pdf", null, null)).toBe("ru");
  });

  it("then the cookie, then the browser's languages by weight", () => {
    expect(pick("/price.pdf", "ru", "ky")).toBe("ru");
    expect(pick("/price.pdf", "en", "en-US,ru;q=0.5,ky;q=0.4")).toBe("ru");
    expect(pick("/price.pdf", null, "ky;q=0.3, ru-RU;q=0.8")).toBe("ru");
    expect(pick("/price.pdf", null, "ru, ky")).toBe("ru");
    expect(pick("/price.pdf", null, "ky-KG,ru;q=0.9")).toBe("ky");
  });

  it("ignores refused and unknown languages and falls back to the default", () => {
    expect(pick("/price.pdf", null, "ru;q=0, en")).toBe("ky");
    expect(pick("/price.pdf", null, "ru;q=abc")).toBe("ky");
    expect(pick("/rus/x.pdf", "xx", "")).toBe("ky");
    expect(pick(null, null, null)).toBe("ky");
  });
});
