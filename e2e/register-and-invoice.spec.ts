import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { randomBytes } from "node:crypto";
import { generateInvoiceNumber } from "../lib/invoice-number";
import { hasValidLuhnDigit } from "../lib/luhn";
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, test } from "./fixtures";
import {
  fillRegistration,
  invoiceNumberOnPage,
  uniqueOrganizationInn,
  uniquePersonInn,
} from "./registration";

const words = {
  ky: {
    submit: "Катталып, төлөө эсебин алуу",
    awaiting: "Төлөнө элек",
    copy: "Номерди көчүрүү",
    pdf: "PDF жүктөп алуу",
    find: "Табуу",
    lookupNotFound: "Мындай номердеги төлөө эсеби табылган жок",
    lookupLength: "Төлөө эсебинин номеринде 16 сан болот, бул жерде — 15.",
    lookupDigit: "Мындай номер болбойт",
    lookupLetters: "Төлөө эсебинин номеринде сандар гана болот",
    invoiceNotFound: "Мындай төлөө эсеби табылган жок",
    toLookup: "Төлөө эсебин номери боюнча издөө",
  },
  ru: {
    submit: "Зарегистрироваться и получить счёт",
    awaiting: "Ожидает оплаты",
    copy: "Скопировать номер",
    pdf: "Скачать PDF",
    find: "Найти",
    lookupNotFound: "Счёт с таким номером не найден",
    lookupLength: "В номере счёта 16 цифр, а здесь — 15.",
    lookupDigit: "Такого номера не бывает",
    lookupLetters: "В номере счёта только цифры",
    invoiceNotFound: "Такой счёт не найден",
    toLookup: "Найти счёт по номеру",
  },
} as const;

for (const locale of locales) {
  test.describe(`registration and invoice (${locale})`, () => {
    test("an organisation registers and gets a payable invoice", async ({ page, context }) => {
      await page.goto(`/${locale}/register`);
      await expectNoAxeViolations(page);
      await fillRegistration(page, {
        clientType: "legal",
        inn: uniqueOrganizationInn(),
        organizationName: "ОсОО «Ынтымак-Түштүк»",
        headName: "Асанов Үсөн",
        phone: "0555 12 34 56",
        office: "osh",
        tariffs: { "cloud-head": 1, "cloud-accountant": 2 },
      });
      await page.getByRole("button", { name: words[locale].submit }).click();
      const number = await invoiceNumberOnPage(page);
      expect(number).toMatch(/^[1-9]\d{15}$/);
      expect(hasValidLuhnDigit(number)).toBe(true);
      await expect(page.getByTestId("invoice-amount")).toHaveText("4\u00a0350,00 сом");
      await expect(page.getByTestId("invoice-status")).toHaveText(words[locale].awaiting);
      await expect(page.getByTestId("invoice-organization")).toHaveText("ОсОО «Ынтымак-Түштүк»");
      await expect(page.locator("main")).not.toContainText("Асанов");
      // The phone in any spacing (not a bare "555": the random invoice number may contain it).
      await expect(page.locator("main")).not.toContainText(/555\s*12\s*34\s*56/);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      // On a 390 px phone every amount of the items table reads whole, with no sideways scrolling
      // (the quantity and price fold under the name).
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoHorizontalScroll(page);
      const amounts = page.locator("[data-item] td:last-child, tfoot td");
      await expect(amounts).toHaveCount(3);
      for (const right of await amounts.evaluateAll((cells) =>
        cells.map((cell) => cell.getBoundingClientRect().right),
      ))
        expect(right).toBeLessThanOrEqual(390);
      await expect(page.locator('[data-item="cloud-accountant"]')).toContainText("2 ×");
      // Its questions open the help pages.
      await expect(page.getByTestId("invoice-help").getByRole("link")).toHaveCount(3);
      await expect(page.getByTestId("invoice-help").getByRole("link").first()).toHaveAttribute(
        "href",
        `/${locale}/help/documents`,
      );

      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.getByRole("button", { name: words[locale].copy }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);

      const guide = page.locator(`a[href*="/megapay"]`).filter({ hasText: /./ }).last();
      await expect(guide).toHaveAttribute("href", `/${locale}/megapay?invoice=${number}#eds`);

      const downloadPromise = page.waitForEvent("download");
      await page.getByRole("link", { name: words[locale].pdf }).click();
      const download = await downloadPromise;
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const document = await PDFDocument.load(pdf);
      expect(document.getSubject()).toBe(number);
      expect(document.getTitle()).toContain(number.replace(/(\d{4})(?=\d)/g, "$1 "));
      expect(document.getPageCount()).toBe(1);

      await page.goto(`/${locale}/invoice`);
      await page
        .getByLabel(locale === "ky" ? "Төлөө эсебинин номери" : "Номер счёта")
        .fill(number.replace(/(\d{4})(?=\d)/g, "$1 "));
      await page.getByRole("button", { name: words[locale].find }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/invoice/${number}$`));
    });

    // Server-rendered with its status, not Next.js's empty shell for notFound(): checked with
    // JavaScript off, as a crawler or a phone before hydration sees it.
    test("an unknown or malformed invoice number answers 404 with the localized page", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const unknown = generateInvoiceNumber((size) => randomBytes(size));
      const wrongDigit = unknown.slice(0, 15) + String((Number(unknown[15]) + 1) % 10);
      for (const number of [unknown, wrongDigit, "abc", "12.34"]) {
        const response = await page.goto(`/${locale}/invoice/${number}`);
        expect(response?.status(), number).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(words[locale].invoiceNotFound);
        await expect(page.getByRole("link", { name: words[locale].toLookup })).toHaveAttribute(
          "href",
          `/${locale}/invoice`,
        );
      }
      await context.close();
    });

    // A wrong length and a mistyped digit are told apart, in the browser and without JavaScript.
    test("the invoice lookup says what is wrong with a number", async ({ page, browser }) => {
      const unknown = generateInvoiceNumber((size) => randomBytes(size));
      const wrongDigit = unknown.slice(0, 15) + String((Number(unknown[15]) + 1) % 10);
      const cases = [
        [unknown.slice(0, 15).replace(/(\d{4})(?=\d)/g, "$1 "), words[locale].lookupLength],
        [wrongDigit, words[locale].lookupDigit],
        [unknown.slice(0, 15) + "O", words[locale].lookupLetters],
      ] as const;
      const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      for (const p of [page, noScript]) {
        await p.goto(`/${locale}/invoice`);
        for (const [typed, message] of cases) {
          await p.getByLabel(locale === "ky" ? "Төлөө эсебинин номери" : "Номер счёта").fill(typed);
          await p.getByRole("button", { name: words[locale].find }).click();
          await expect(p.locator("#number-error"), typed).toContainText(message);
        }
      }
      // A possible number that no invoice has: without JavaScript the form says so; with it, the
      // browser goes straight to the invoice's address, which answers "not found".
      await noScript.getByLabel(locale === "ky" ? "Төлөө эсебинин номери" : "Номер счёта").fill(unknown);
      await noScript.getByRole("button", { name: words[locale].find }).click();
      await expect(noScript.locator("#number-error")).toContainText(words[locale].lookupNotFound);
      await page.getByLabel(locale === "ky" ? "Төлөө эсебинин номери" : "Номер счёта").fill(unknown);
      await page.getByRole("button", { name: words[locale].find }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(words[locale].invoiceNotFound);
      await noScript.context().close();
    });

    test("an entrepreneur registers without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/register`);
      await fillRegistration(page, {
        clientType: "entrepreneur",
        inn: uniquePersonInn(),
        organizationName: "ИП Токтогулова Айгүл",
        headName: "Токтогулова Айгүл",
        phone: "+996 700 123 456",
        email: "aigul@example.kg",
        office: "jalal-abad",
        tariffs: { rutoken: 1 },
      });
      await page.getByRole("button", { name: words[locale].submit }).click();
      const number = await invoiceNumberOnPage(page);
      expect(hasValidLuhnDigit(number)).toBe(true);
      await expect(page.getByTestId("invoice-amount")).toHaveText("1\u00a0200,00 сом");
      await context.close();
    });
  });
}
