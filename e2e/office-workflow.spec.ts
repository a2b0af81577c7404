import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { addStaff, completeFirstSignIn, signInNewAdmin, uniqueEmail } from "./office";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";
import { megapayAuth } from "./megapay";
const submit = (page: Page, formWith: string) =>
  page
    .locator("form", { has: page.locator(formWith) })
    .locator('button[type="submit"]')
    .click();

// The office's day, in both languages: a walk-in client and an online one, MegaPay's payment,
// cash at the till, the documents check and the signature, and an accountant who only reads.
for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: from registration to signature, with MegaPay and cash, an accountant who only reads`, async ({
    page,
    browser,
    request,
  }) => {
    // 42–66 s in a whole run on 2 cores.
    test.setTimeout(150_000);
    await signInNewAdmin(page, locale, "Админ Иш күнү");
    const operatorEmail = uniqueEmail("operator");
    addStaff(operatorEmail, "Оператор Ош", "operator", "osh");
    await page.context().clearCookies();

    // The operator registers a walk-in client; the invoice opens to be printed.
    await completeFirstSignIn(page, locale, operatorEmail);
    await page.goto(`/${locale}/office`);
    await page.goto(`/${locale}/office/register`);
    await fillRegistration(page, {
      clientType: "legal",
      inn: uniqueOrganizationInn(),
      organizationName: "ОсОО Кеңсе Кардары",
      headName: "Бакыт Асанов",
      phone: "+996 777 123 456",
      office: "osh",
      tariffs: { "cloud-head": 1 },
    });
    await submit(page, 'input[name="inn"]');
    await expect(page).toHaveURL(/\/invoice\/\d{16}\?print=1$/);
    const walkIn = (await page.getByTestId("invoice-number").textContent())!.replace(/\s/g, "");

    // MegaPay pays it: the payment is in the journal (found by txn_id) and on Today.
    const txn = String(Date.now());
    const amount = (await page.getByTestId("invoice-amount").textContent())!
      .replace(/[^\d,]/g, "")
      .replace(",", ".");
    const paid = await request.post("/api/megapay/eds", {
      headers: { Authorization: megapayAuth },
      form: { command: "pay", txn_id: txn, account: walkIn, sum: amount, txn_date: "20261124120000" },
    });
    expect(await paid.text()).toContain("<result>0</result>");
    await page.goto(`/${locale}/office/payments?q=${txn}`);
    await expect(page.getByTestId("journal-row")).toHaveCount(1);
    await page.getByTestId("journal-row").getByRole("link").click();
    await expect(page.getByTestId("megapay-request")).toContainText(`txn_id=${txn}`);
    await expect(page.getByTestId("megapay-answer")).toContainText("<result>0</result>");
    await page.goto(`/${locale}/office`);
    await expect(page.getByTestId("today-payments-osh")).toContainText("MegaPay");
    await expectNoAxeViolations(page);

    // An online client's invoice is paid in cash at the till: recorded once per receipt.
    const online = await browser.newPage();
    await online.goto(`/${locale}/register`);
    const inn = uniqueOrganizationInn();
    await fillRegistration(online, {
      clientType: "legal",
      inn,
      organizationName: "ОсОО Онлайн Кардар",
      headName: "Айгүл Токтогулова",
      phone: "+996 555 123 456",
      office: "osh",
      tariffs: { rutoken: 1 },
    });
    await submit(online, 'input[name="inn"]');
    await expect(online).toHaveURL(/\/invoice\/\d{16}$/);
    const onlineInvoice = await invoiceNumberOnPage(online);
    const onlineAmount = (await online.getByTestId("invoice-amount").textContent())!.replace(/[^\d,]/g, "");
    await online.close();

    const receipt = `KV-${Date.now()}`;
    const recordCash = async () => {
      await page.goto(`/${locale}/office/payments/new`);
      await page.locator('select[name="service"]').selectOption("eds");
      await page.locator('input[name="account"]').fill(onlineInvoice);
      await page.locator('input[name="amount"]').fill(onlineAmount);
      await page.locator('select[name="method"]').selectOption("cash");
      await page.locator('input[name="receiptNumber"]').fill(receipt);
      await submit(page, 'input[name="receiptNumber"]');
      await expect(page).toHaveURL(/\/office\/payments\/\d+\?done=/);
      return page.url();
    };
    const first = await recordCash();
    expect(first).toMatch(/done=recorded$/);
    await expectNoAxeViolations(page);
    const again = await recordCash();
    expect(again.replace("replayed", "recorded")).toBe(first);
    await page.goto(`/${locale}/office/payments?q=${receipt}`);
    await expect(page.getByTestId("journal-row")).toHaveCount(1);

    // Documents checked, then the signature (the invoice is paid).
    await page.goto(`/${locale}/office/applications?q=${inn}`);
    await page.getByTestId("application-row").getByRole("link").click();
    // A client-side navigation: the new page's title is set after it renders.
    await expect(page).toHaveURL(/\/office\/applications\/\d+$/);
    await expect(page).toHaveTitle(/\S/);
    await expectNoAxeViolations(page);
    await page
      .locator('input[name="applicationId"]')
      .first()
      .locator("xpath=..")
      .locator('button[type="submit"]')
      .click();
    await expect(page).toHaveURL(/done=checked$/);
    // Typed as printed (lower case, in groups); each serial is handed out once.
    const serial = `7c 00 ${Date.now().toString(16)}${locale === "ky" ? "a" : "b"}`;
    await page.locator('input[name="serial"]').fill(serial);
    await submit(page, 'input[name="serial"]');
    await expect(page).toHaveURL(/done=issued$/);
    await expect(page.getByTestId("signature")).toContainText(serial.replace(/\s/g, "").toUpperCase());
    await expect(page.getByTestId("history")).toContainText(operatorEmail);
    const applicationUrl = page.url().replace(/\?.*$/, "");

    // The accountant exports the journal and can change nothing.
    await page.context().clearCookies();
    const accountantEmail = uniqueEmail("accountant");
    addStaff(accountantEmail, "Бухгалтер", "accountant");
    await completeFirstSignIn(page, locale, accountantEmail);
    await page.goto(`/${locale}/office`);
    const csv = await page.request.get(`/${locale}/office/payments/export?q=${receipt}`);
    const text = (await csv.body()).toString("utf8");
    expect(text.startsWith("\ufeff")).toBe(true);
    expect(text).toContain(receipt.toUpperCase());
    await page.goto(applicationUrl);
    await expect(page.getByTestId("application-stage")).toBeVisible();
    await expect(page.locator('input[name="applicationId"]')).toHaveCount(0);
    await page.goto(`/${locale}/office/payments/new`);
    await expect(page.getByTestId("not-allowed")).toBeVisible();
    await page.goto(`/${locale}/office/clients/${inn}`);
    await expect(page.getByTestId("soci-state")).toBeVisible();
    await expect(page.locator('input[name="inn"]')).toHaveCount(0);
  });
}
