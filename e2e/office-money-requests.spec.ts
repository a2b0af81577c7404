import { expect } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { addStaff, completeFirstSignIn, uniqueEmail } from "./office";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";

const words = {
  ky: {
    reason: "Себеби",
    ask: "Төлөмдү жокко чыгарууну суроо",
    own: "Бул Сиздин сурамыңыз: башка кызматкер чечет.",
    decide: "Чечим",
    comment: "Түшүндүрмө",
    submit: "Чечимди сактоо",
    approved: "Бекитилди жана жүргүзүлдү.",
    awaiting: "Төлөнө элек",
    paid: "Төлөндү",
  },
  ru: {
    reason: "Причина",
    ask: "Попросить отменить платёж",
    own: "Это ваш запрос: решает другой сотрудник.",
    decide: "Решение",
    comment: "Комментарий",
    submit: "Сохранить решение",
    approved: "Подтверждено и проведено.",
    awaiting: "Ожидает оплаты",
    paid: "Оплачен",
  },
};

// A mistake at the till undone by two people: the operator who took the cash asks to reverse it,
// cannot approve it herself, an accountant approves it, and the invoice is due again.

for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: an operator asks to reverse a cash payment, an accountant approves, the invoice is due again`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const w = words[locale];
    await page.goto(`/${locale}/register`);
    await fillRegistration(page, {
      clientType: "legal",
      inn: uniqueOrganizationInn(),
      organizationName: "ОсОО Сторно",
      headName: "Асанов Асан",
      phone: "+996 777 000 444",
      office: "osh",
      tariffs: { "cloud-head": 1 },
    });
    await page.locator('form button[type="submit"]').click();
    const number = await invoiceNumberOnPage(page);
    const invoiceUrl = page.url();
    const amount = (await page.getByTestId("invoice-amount").textContent())!.replace(/[^\d,]/g, "");

    const operatorEmail = uniqueEmail("operator");
    const accountantEmail = uniqueEmail("accountant");
    addStaff(operatorEmail, "Оператор Касса", "operator", "osh");
    addStaff(accountantEmail, "Бухгалтер Текшерүү", "accountant");
    await completeFirstSignIn(page, locale, operatorEmail);
    await page.goto(`/${locale}/office`);
    await page.goto(`/${locale}/office/payments/new`);
    await page.locator('select[name="service"]').selectOption("eds");
    await page.locator('input[name="account"]').fill(number);
    await page.locator('input[name="amount"]').fill(amount);
    await page.locator('select[name="method"]').selectOption("cash");
    await page.locator('input[name="receiptNumber"]').fill(`SR-${Date.now()}`);
    await page
      .locator("form", { has: page.locator('input[name="receiptNumber"]') })
      .locator('button[type="submit"]')
      .click();
    await expect(page).toHaveURL(/\/office\/payments\/\d+\?done=recorded$/);
    const paymentUrl = page.url().replace(/\?.*$/, "");
    await page.goto(invoiceUrl);
    await expect(page.getByTestId("invoice-status")).toContainText(w.paid);

    // She asks to reverse it, with a reason; the request opens and she cannot decide it.
    await page.goto(paymentUrl);
    await page.getByTestId("ask-reversal").getByLabel(w.reason).fill("Касса: башка эсепке жазылды");
    await page.getByRole("button", { name: w.ask }).click();
    await expect(page).toHaveURL(/\/office\/requests\/\d+\?done=requested$/);
    const requestUrl = page.url().replace(/\?.*$/, "");
    await expect(page.getByTestId("cannot-decide")).toHaveText(w.own);
    await expect(page.locator('select[name="decision"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await page.goto(invoiceUrl);
    await expect(page.getByTestId("invoice-status")).toContainText(w.paid);

    // The accountant sees it waiting on Today and approves it.
    // A browser context of her own (axe checks pages of contexts, not of the bare browser).
    const context = await browser.newContext();
    const accountant = await context.newPage();
    await completeFirstSignIn(accountant, locale, accountantEmail);
    await accountant.goto(`/${locale}/office`);
    await expect(
      accountant.getByTestId("today-requests").getByRole("link", { name: /^\d+$/ }).last(),
    ).toBeVisible();
    await accountant.goto(requestUrl);
    await expect(accountant.getByTestId("request-changes")).toContainText(number);
    await expectNoAxeViolations(accountant);
    await accountant.getByLabel(w.decide).selectOption("approve");
    await accountant.getByLabel(w.comment).fill("Текшерилди");
    await accountant.getByRole("button", { name: w.submit }).click();
    await expect(accountant).toHaveURL(/\?done=approved$/);
    await expect(accountant.getByTestId("notice")).toHaveText(w.approved);
    await context.close();

    // The invoice is due again; the payment points at its reversal.
    await page.goto(invoiceUrl);
    await expect(page.getByTestId("invoice-status")).toContainText(w.awaiting);
    await page.goto(paymentUrl);
    await page.getByTestId("reversal-link").click();
    await expect(page).toHaveURL(/\/office\/payments\/\d+$/);
    await expect(page.getByTestId("reversal-link")).toHaveAttribute("href", new URL(paymentUrl).pathname);
    await expectNoAxeViolations(page);
  });
}
