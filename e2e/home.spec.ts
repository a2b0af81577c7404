import { expect } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, test } from "./fixtures";

const expected = {
  ky: {
    title: /СОчИ жана электрондук колтамга/,
    h1: "Отчетторду интернет аркылуу тапшырыңыз",
    head: "Жетекчинин булуттагы колтамгасы (E-Cloud)",
    switchTo: "Русский",
  },
  ru: {
    title: /СОчИ и электронная цифровая подпись/,
    h1: "Сдавайте отчётность через интернет",
    head: "Облачная ЭЦП руководителя (E-Cloud)",
    switchTo: "Кыргызча",
  },
} as const;

const notFoundHeading = { ky: "Барак табылган жок", ru: "Страница не найдена" } as const;

test.describe("locale detection at /", () => {
  test("sends a visitor without preferences to /ky", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ky$/);
  });

  test("follows Accept-Language", async ({ browser, extraHTTPHeaders }) => {
    const context = await browser.newContext({
      locale: "ru-RU",
      extraHTTPHeaders: { ...extraHTTPHeaders, "Accept-Language": "ru-RU,ru;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await context.close();
  });

  test("prefers the locale cookie over Accept-Language", async ({ browser, baseURL, extraHTTPHeaders }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { ...extraHTTPHeaders, "Accept-Language": "ru" },
    });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ky", url: baseURL! }]);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ky$/);
    await context.close();
  });
});

for (const locale of locales) {
  test.describe(`home page (${locale})`, () => {
    test("is fully translated and shows the seeded prices", async ({ page }) => {
      await page.goto(`/${locale}`);
      const e = expected[locale];
      await expect(page).toHaveTitle(e.title);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(e.h1);
      const headRow = page.locator('[data-tariff="cloud-head"]');
      await expect(headRow).toContainText(e.head);
      await expect(headRow).toContainText("1\u00a0510,00 сом");
      await expect(page.locator('[data-tariff="rutoken"]')).toContainText("1\u00a0200,00 сом");
      await expect(page.locator("[data-tariff]")).toHaveCount(7);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
      for (const alt of locales) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${alt}"]`)).toHaveAttribute(
          "href",
          `https://dostek.kg/${alt}`,
        );
      }
      await expect(page.locator("main")).toContainText(locale === "ky" ? "Жалал-Абад" : "Джалал-Абад");
      await expect(
        page.getByRole("link", { name: locale === "ky" ? "Онлайн катталуу" : "Зарегистрироваться онлайн" }),
      ).toHaveAttribute("href", `/${locale}/register`);
      await expect(
        page.getByRole("link", {
          name: locale === "ky" ? "MegaPay аркылуу кантип төлөйм?" : "Как оплатить через MegaPay?",
        }),
      ).toHaveAttribute("href", `/${locale}/megapay`);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    });

    test("the language switch keeps the page", async ({ page }) => {
      const other = locale === "ky" ? "ru" : "ky";
      await page.goto(`/${locale}/some/unknown/page`);
      await page.getByRole("link", { name: expected[locale].switchTo }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/some/unknown/page$`));
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await page.goto(`/${locale}`);
      await page.getByRole("link", { name: expected[locale].switchTo }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected[other].h1);
      // The choice is remembered: the address without a language opens the one chosen.
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${other}$`));
    });

    test("an unknown path gives the localized 404 page", async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page-${Date.now()}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading[locale]);
      await expectNoAxeViolations(page);
    });

    // The locale proxy skips paths with a dot; they still get the page in their language,
    // server-rendered (checked with JavaScript off) and answered 404.
    test("a path with a dot gives the localized 404 page too", async ({ browser, extraHTTPHeaders }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        extraHTTPHeaders: { ...extraHTTPHeaders, "Accept-Language": locale === "ky" ? "ru" : "ky" },
      });
      const page = await context.newPage();
      for (const path of [`/${locale}/old-prices.pdf`, `/${locale}/docs/readme.txt`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading[locale]);
      }
      await context.close();
    });
  });
}

test("a path with a dot and no language follows the cookie, then Accept-Language", async ({
  browser,
  baseURL,
  extraHTTPHeaders,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: "ru-RU",
    extraHTTPHeaders: { ...extraHTTPHeaders, "Accept-Language": "ru-RU,ru;q=0.9" },
  });
  const page = await context.newPage();
  let response = await page.goto("/price-list.pdf");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading.ru);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ky", url: baseURL! }]);
  response = await page.goto("/price-list.pdf");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ky");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading.ky);
  await context.close();
});

test("sitemap.xml and robots.txt list the public pages in both locales", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales) expect(sitemap).toContain(`<loc>https://dostek.kg/${locale}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: https://dostek.kg/sitemap.xml");
});

test("the page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/ru");
  await expect(page.locator('[data-tariff="cloud-head"]')).toContainText("1\u00a0510,00 сом");
  await page.getByRole("link", { name: "Кыргызча" }).click();
  await expect(page).toHaveURL(/\/ky$/);
  await context.close();
});

test("browsers, phones and link previews find what they look for", async ({ page, request }) => {
  for (const [file, type] of [
    ["/favicon.ico", "image/"],
    ["/apple-touch-icon.png", "image/png"],
    ["/icon-192.png", "image/png"],
    ["/og-ky.png", "image/png"],
    ["/og-ru.png", "image/png"],
  ] as const) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toContain(type);
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "DOS TEK GROUP", theme_color: "#174c94" });
  for (const locale of locales) {
    await page.goto(`/${locale}/megapay`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `https://dostek.kg/og-${locale}.png`,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
      "href",
      "/apple-touch-icon.png",
    );
  }
});
