import { expect } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { generateInvoiceNumber } from "../lib/invoice-number";
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, test } from "./fixtures";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";

const walletLabels = ["Оплата", "Другие", "Лицевой счет", "Оплатить", "Избранное", "СОчИ", "Оплата ЭЦП"];
const words = {
  ky: {
    title: "MegaPay капчыгы аркылуу төлөө",
    copy: "Номерди көчүрүү",
    check: "Текшерүү",
    inn: "ИНН (14 сан)",
    nav: "MegaPay аркылуу төлөө",
    guideLink: "Сүрөттөр менен толук колдонмо",
  },
  ru: {
    title: "Оплата через кошелёк MegaPay",
    copy: "Скопировать номер",
    check: "Проверить",
    inn: "ИНН (14 цифр)",
    nav: "Оплата через MegaPay",
    guideLink: "Подробная инструкция с картинками",
  },
} as const;

for (const locale of locales) {
  test.describe(`MegaPay guide (${locale})`, () => {
    test("has both sections, every wallet label, an alternative text for every picture", async ({ page }) => {
      await page.goto(`/${locale}/megapay`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(words[locale].title);
      await expect(page.locator("section#soci")).toBeVisible();
      await expect(page.locator("section#eds")).toBeVisible();
      const marked = await page.locator('main span[lang="ru"]').allTextContents();
      for (const label of walletLabels) expect(marked, label).toContain(label);
      const pictures = page.locator('main [role="img"]');
      expect(await pictures.count()).toBeGreaterThanOrEqual(12);
      for (const label of await pictures.evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute("aria-label") ?? ""),
      )) {
        expect(label.length).toBeGreaterThan(20);
      }
      await expect(page.locator(`a[href="https://megacom.kg/megapay/kg.html"]`)).toBeVisible();
      await expect(page.locator("main")).toContainText(locale === "ky" ? "Жалал-Абад" : "Джалал-Абад");
      await expect(page.getByTestId("guide-invoice-number")).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    });

    test("from an invoice, shows its number and the exact sum at the EDS step; copies the digits", async ({
      page,
      context,
    }) => {
      await page.goto(`/${locale}/register`);
      await fillRegistration(page, {
        clientType: "legal",
        inn: uniqueOrganizationInn(),
        organizationName: "ОсОО Колдонмо",
        headName: "Асанов Асан",
        phone: "+996 555 123 456",
        office: "osh",
        tariffs: { "cloud-head": 1 },
      });
      await page.locator('form button[type="submit"]').click();
      const number = await invoiceNumberOnPage(page);
      // The invoice's own how-to names the exact sum and the digits to type.
      await expect(page.getByTestId("howto-amount")).toContainText("1\u00a0510,00 сом");
      await expect(page.locator("#pay-title + ol")).toContainText(number);
      await page.getByRole("link", { name: words[locale].guideLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/megapay\\?invoice=${number}#eds$`));
      const shown = page.getByTestId("guide-invoice-number");
      await expect(shown).toHaveText(number.replace(/(\d{4})(?=\d)/g, "$1 "));
      await expect(page.getByTestId("guide-invoice-amount")).toHaveText("1\u00a0510,00 сом");
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.locator("section#eds").getByRole("button", { name: words[locale].copy }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);
    });

    test("shows nothing for a well-formed number that is no invoice", async ({ page }) => {
      const number = generateInvoiceNumber(randomBytes);
      const answered = page.waitForResponse((r) => r.url().endsWith(`/api/invoices/${number}/status`));
      await page.goto(`/${locale}/megapay?invoice=${number}#eds`);
      expect((await answered).status()).toBe(404);
      await expect(page.getByTestId("guide-invoice-number")).toHaveCount(0);
    });

    test("tells «СОчИ» and «Оплата ЭЦП» payers different things about favourites; lists other ways to pay", async ({
      page,
    }) => {
      await page.goto(`/${locale}/megapay`);
      const soci = await page.getByTestId("favourites-soci").innerText();
      const eds = await page.getByTestId("favourites-eds").innerText();
      expect(soci).toContain("СОчИ");
      expect(eds).toContain("Оплата ЭЦП");
      expect(soci).not.toEqual(eds);
      for (const where of [`/${locale}/megapay`, `/${locale}`]) {
        await page.goto(where);
        const other = page.getByTestId("pay-other-ways");
        await expect(other).toContainText("42151410");
        await expect(other).toContainText("42122900");
        await expect(other).toContainText("QUICKPAY");
      }
    });

    test("ignores a malformed invoice number", async ({ page }) => {
      const good = generateInvoiceNumber(randomBytes);
      const wrongDigit = good.slice(0, 15) + String((Number(good[15]) + 1) % 10);
      for (const bad of ["123", "abcd", `${good}1`, wrongDigit, "<script>1</script>"]) {
        await page.goto(`/${locale}/megapay?invoice=${encodeURIComponent(bad)}#eds`);
        await expect(page.locator("section#eds")).toBeVisible();
        await expect(page.getByTestId("guide-invoice-number")).toHaveCount(0);
      }
    });

    test("the INN check answers for valid and invalid input without a request", async ({ page }) => {
      await page.goto(`/${locale}/megapay#soci`);
      const requests: string[] = [];
      page.on("request", (r) => {
        if (["fetch", "xhr", "document", "websocket"].includes(r.resourceType())) requests.push(r.url());
      });
      const input = page.getByLabel(words[locale].inn);
      const result = page.getByTestId("inn-check-result");
      const check = async (value: string, ok: boolean) => {
        await input.fill(value);
        await page.getByRole("button", { name: words[locale].check }).click();
        await expect(result).toHaveAttribute("data-ok", String(ok));
      };
      await check("01234567890123", true);
      await check("1 1503 1985 00012", true);
      await check("0123456789012", false);
      await check("31234567890123", false);
      await check("13102198500012", false);
      await check("0123456789012x", false);
      expect(requests).toEqual([]);
    });

    test("is reachable from the header, the home page and an invoice page", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("navigation").getByRole("link", { name: words[locale].nav }).first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/megapay$`));
      await page.goto(`/${locale}`);
      await expect(page.locator(`main a[href="/${locale}/megapay"]`)).toHaveCount(1);
    });
  });
}
