import { devices, expect, type Page } from "@playwright/test";
import { bishkekDayOf } from "../lib/dates";
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, message, test } from "./fixtures";
import { payByMegapay } from "./megapay";
import { signInNewAdmin } from "./office";
import { registerOnline, uniqueOrganizationInn } from "./registration";

// The back office is used at an office desk first: the same pages on a common laptop screen.
test.use({
  viewport: { width: 1366, height: 768 },
  userAgent: devices["Desktop Chrome"].userAgent,
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
});

const sections = [
  ["today", ""],
  ["applications", "/applications"],
  ["invoices", "/invoices"],
  ["clients", "/clients"],
  ["clientImport", "/clients/import"],
  ["signatures", "/signatures"],
  ["payments", "/payments"],
  ["recordPayment", "/payments/new"],
  ["requests", "/requests"],
  ["bank", "/bank"],
  ["reconciliation", "/reconciliation"],
  ["close", "/close"],
  ["register", "/register"],
  ["staff", "/staff"],
  ["settings", "/settings"],
  ["audit", "/audit"],
  ["security", "/security"],
] as const;

// Kept with the run's results (test-results/…/office-<locale>-<page>.png), for a reviewer to look at.
async function screenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

for (const locale of locales) {
  test(`${locale}: at a desk (1366×768) every page fits, its sections in view; Today's chart shows a payment made here; screenshots`, async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    await page.goto(`/${locale}/office/login`);
    await screenshot(page, `office-${locale}-login`);

    // A client pays its invoice by MegaPay now.
    const inn = uniqueOrganizationInn();
    const number = await registerOnline(page, locale, inn, "ОсОО Экран");
    const amount = (await page.getByTestId("invoice-amount").textContent())!.replace(/[^\d,]/g, "");
    // 15 digits: a 14-digit search would be read as an INN.
    const txn = `${Date.now()}${locale === "ky" ? 11 : 22}`;
    expect(
      await payByMegapay(request, "eds", { txn, account: number, sum: amount.replace(",", ".") }),
    ).toContain("<result>0</result>");
    const tyiyn = Number(amount.replace(",", ""));

    await signInNewAdmin(page, locale, "Админ За Столом");
    const bar = page.getByRole("navigation", { name: message(locale, "office.nav.label") });
    for (const [name, path] of sections) {
      await page.goto(`/${locale}/office${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
      // (One's own security page is outside the sections, as signing in is.)
      if (name !== "security")
        for (const link of ["today", "applications", "invoices", "clients", "payments", "close", "settings"])
          await expect(
            bar.getByRole("link", { name: message(locale, `office.nav.${link}`), exact: true }),
          ).toBeInViewport();
      await expectNoAxeViolations(page);
      await screenshot(page, `office-${locale}-${name}`);
    }

    // Today's chart counts the payment on today's bar, as EDS and as the Osh office's.
    await page.goto(`/${locale}/office`);
    const today = bishkekDayOf(new Date());
    for (const [chart, series] of [
      ["service", "eds"],
      ["office", "osh"],
    ])
      expect(
        Number(
          await page
            .locator(`[data-chart="${chart}"] rect[data-day="${today}"][data-series="${series}"]`)
            .getAttribute("data-tyiyn"),
        ),
      ).toBeGreaterThanOrEqual(tyiyn);

    // The pages of one client, its application and the payment.
    await page.goto(`/${locale}/office/clients/${inn}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await screenshot(page, `office-${locale}-client`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/office/invoices?q=${number}`);
    await page.locator('main a[href*="/office/applications/"]').first().click();
    await expect(page).toHaveURL(/\/office\/applications\/\d+$/);
    await expectNoAxeViolations(page);
    await screenshot(page, `office-${locale}-application`);
    await page.goto(`/${locale}/office/payments?q=${txn}`);
    await page.getByTestId("journal-row").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `office-${locale}-payment`);
  });
}

test("a record that does not exist answers 404 with the page rendered on the server", async ({ page }) => {
  await signInNewAdmin(page, "ky", "Админ Издейт");
  for (const path of ["/clients/99999999999999", "/payments/999999999", "/applications/999999999"]) {
    const response = await page.goto(`/ky/office${path}`);
    expect(response?.status(), path).toBe(404);
    // In the HTML as sent, not filled in by JavaScript afterwards.
    expect(await response!.text(), path).toContain("Барак табылган жок");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Барак табылган жок");
  }
});
