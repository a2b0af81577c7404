import { devices, expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./fixtures";
import { signInNewAdmin } from "./office";

// The back office is used at an office desk first: the same pages on a common laptop screen.
test.use({
  viewport: { width: 1366, height: 768 },
  userAgent: devices["Desktop Chrome"].userAgent,
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
});

const sections = [
  "",
  "/applications",
  "/invoices",
  "/clients",
  "/clients/import",
  "/payments",
  "/close",
  "/requests",
  "/payments/new",
  "/register",
  "/staff",
  "/settings",
  "/audit",
];

test("at a desk (1366×768) every section fits the screen, with every link of the bar in view", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInNewAdmin(page, "ru", "Админ За Столом");
  for (const section of sections) {
    await page.goto(`/ru/office${section}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    const bar = page.getByRole("navigation", { name: "Разделы офиса" });
    for (const link of ["Сегодня", "Заявки", "Счета", "Клиенты", "Платежи", "Итоги дня", "Настройки"])
      await expect(bar.getByRole("link", { name: link, exact: true })).toBeInViewport();
    await expectNoAxeViolations(page);
  }
});

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
