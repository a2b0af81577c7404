import { describe, expect, it } from "vitest";
import { localeHref, pathWithoutLocale } from "./locale-href";

describe("localeHref", () => {
  it("puts the language first", () => {
    expect(localeHref("ky", "/help")).toBe("/ky/help");
    expect(localeHref("ru", "/office/payments/12")).toBe("/ru/office/payments/12");
    expect(localeHref("ru", "/megapay?invoice=1234#eds")).toBe("/ru/megapay?invoice=1234#eds");
  });

  it("writes the home page without a trailing slash, also with a hash or a query", () => {
    expect(localeHref("ky", "/")).toBe("/ky");
    expect(localeHref("ru", "/#offices")).toBe("/ru#offices");
    expect(localeHref("ky", "/?from=mail")).toBe("/ky?from=mail");
  });
});

describe("pathWithoutLocale", () => {
  it("takes the language off", () => {
    expect(pathWithoutLocale("/ru/help/soci")).toBe("/help/soci");
    expect(pathWithoutLocale("/ky")).toBe("/");
    expect(pathWithoutLocale("/ky/")).toBe("/");
  });

  it("leaves a path without a language as it is", () => {
    expect(pathWithoutLocale("/price-list.pdf")).toBe("/price-list.pdf");
    expect(pathWithoutLocale("/kyrgyz")).toBe("/kyrgyz");
    expect(pathWithoutLocale("")).toBe("/");
  });
});
