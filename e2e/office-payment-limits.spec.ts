import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { signInNewAdmin } from "./office";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";

const aboveDue = {
  ky: "Сумма төлөө эсеби боюнча төлөнө турган калдыктан көп: бир кызматкер калдыктан ашпаган сумманы гана жаза алат. Кардар чындап көп төлөсө, төмөндө себебин жазыңыз — төлөм экинчи кызматкердин бекитүүсүн күтөт.",
  ru: "Сумма больше, чем осталось оплатить по счёту: один сотрудник может записать не больше остатка. Если клиент действительно заплатил больше, напишите причину ниже — платёж будет ждать подтверждения второго сотрудника.",
};

// What one person may record alone: a mistyped 9 999 999 som for a 1 510 som invoice is refused
// (nothing is recorded, no balance appears), and one paper receipt typed with a Cyrillic «А» and
// then a Latin «A» is one receipt.

for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: an office payment above what is due is refused; А12 and A12 are one receipt`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/register`);
    await fillRegistration(page, {
      clientType: "legal",
      inn: uniqueOrganizationInn(),
      organizationName: "ОсОО Касса",
      headName: "Асанов Асан",
      phone: "+996 777 000 333",
      office: "osh",
      tariffs: { "cloud-head": 1 },
    });
    await page.locator('form button[type="submit"]').click();
    const number = await invoiceNumberOnPage(page);
    const amount = (await page.getByTestId("invoice-amount").textContent())!.replace(/[^\d,]/g, "");

    await signInNewAdmin(page, locale, "Админ Касса");
    const receipt = String(Date.now()).slice(-8);
    const record = async (sum: string, typed: string) => {
      await page.goto(`/${locale}/office/payments/new`);
      await page.locator('select[name="service"]').selectOption("eds");
      await page.locator('input[name="account"]').fill(number);
      await page.locator('input[name="amount"]').fill(sum);
      await page.locator('select[name="method"]').selectOption("cash");
      await page.locator('input[name="receiptNumber"]').fill(typed);
      await page.locator('select[name="office"]').selectOption("osh");
      await submit(page);
    };

    await record("9 999 999", `А${receipt}`);
    const amountField = page.locator('input[name="amount"]');
    await expect(amountField).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(aboveDue[locale])).toBeVisible();
    await expect(amountField).toHaveValue("9 999 999");
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/office/payments?q=${number}`);
    await expect(page.getByTestId("journal-row")).toHaveCount(0);

    // The amount due, receipt typed with a Cyrillic «А»; then the same receipt with a Latin «A».
    await record(amount, `А${receipt}`);
    await expect(page).toHaveURL(/\/office\/payments\/\d+\?done=recorded$/);
    const recorded = page.url().replace(/\?.*$/, "");
    await expect(page.getByText(`А${receipt}`)).toBeVisible();
    await record(amount, `A${receipt}`);
    await expect(page).toHaveURL(/\?done=replayed$/);
    expect(page.url().replace(/\?.*$/, "")).toBe(recorded);
    await page.goto(`/${locale}/office/payments?q=A${receipt}`);
    await expect(page.getByTestId("journal-row")).toHaveCount(1);
  });
}

const submit = (page: Page) =>
  page
    .locator("form", { has: page.locator('input[name="receiptNumber"]') })
    .locator('button[type="submit"]')
    .click();
