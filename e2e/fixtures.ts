import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { mixedScriptWords } from "../lib/mixed-script";

export const locales = ["ky", "ru"] as const;

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams the <title> after a client-side navigation: wait for it, then check.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  // Every page checked for accessibility is also checked for words written in two alphabets.
  expect(mixedScriptWords(await page.locator("body").innerText())).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
