import { expect } from "@playwright/test";
import { helpQuestions, helpTopics } from "../config/help-topics";
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, message, test } from "./fixtures";

for (const locale of locales) {
  test(`${locale}: every help page opens from the header, passes axe and has its hreflang pair`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const topic of helpTopics) {
      await page.goto(`/${locale}`);
      await page
        .getByRole("navigation", { name: message(locale, "nav.mainNavigation") })
        .getByRole("link", { name: message(locale, "nav.help"), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/help$`));
      await page.locator(`[data-topic="${topic}"]`).getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/help/${topic}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        message(locale, `help.${topic}.title`),
      );
      for (const alt of locales)
        await expect(page.locator(`link[rel="alternate"][hreflang="${alt}"]`)).toHaveAttribute(
          "href",
          `https://dostek.kg/${alt}/help/${topic}`,
        );
      // A page of questions says so to search engines, one entry per question it shows.
      const questions = helpQuestions[topic].length;
      await expect(page.locator("[data-question]")).toHaveCount(questions);
      const structured = page.locator('script[type="application/ld+json"]');
      if (questions === 0) await expect(structured).toHaveCount(0);
      else {
        const data = JSON.parse((await structured.textContent())!) as {
          "@type": string;
          mainEntity: { name: string; acceptedAnswer: { text: string } }[];
        };
        expect(data["@type"]).toBe("FAQPage");
        expect(data.mainEntity).toHaveLength(questions);
        expect(data.mainEntity.every((q) => q.name && !/[<{]/.test(q.acceptedAnswer.text))).toBe(true);
      }
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    }
  });
}

test("the help pages are in the sitemap, and the places where a question arises link to them", async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales)
    for (const topic of helpTopics)
      expect(sitemap).toContain(`<loc>https://dostek.kg/${locale}/help/${topic}</loc>`);

  // The registration form, beside the choice of signatures.
  await page.goto("/ru/register");
  await page.getByRole("link", { name: "какую подпись выбрать" }).click();
  await expect(page).toHaveURL(/\/ru\/help\/rutoken-or-cloud$/);
  await expect(page.getByTestId("help-compare")).toBeVisible();
  await expect(page.locator("[data-tariff]")).toHaveCount(7);

  // The guide's troubleshooting.
  await page.goto("/ky/megapay#trouble");
  await page.getByRole("link", { name: "эмне кылуу керек" }).click();
  await expect(page).toHaveURL(/\/ky\/help\/mistakes$/);
});
