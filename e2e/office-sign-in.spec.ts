import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { addStaff, expectSignedInAs, signIn, staffPassword, uniqueEmail } from "./office";
import { totp } from "./totp";
import { megapayAuth } from "./megapay";

test("an admin sets up TOTP at the first sign-in, then needs a code; a MegaPay payment is in the journal", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("admin");
  addStaff(email, "Айгүл Админ", "admin");
  await signIn(page, "ky", email);
  // No way around the second factor for an admin.
  await expect(page).toHaveURL(/\/ky\/office\/security$/);
  await page.goto("/ky/office/payments");
  await expect(page).toHaveURL(/\/ky\/office\/security$/);
  expect((await page.request.get("/ky/office/payments/export")).status()).toBe(403);
  await expectNoAxeViolations(page);
  await page.locator('input[name="password"]').fill(staffPassword);
  await page.getByRole("button", { name: "Ачкыч түзүү" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const backupCodes = (await page.getByTestId("backup-codes").locator("li").allTextContents()).map((c) =>
    c.trim(),
  );
  expect(backupCodes.length).toBeGreaterThanOrEqual(8);
  await page.locator('input[name="code"]').fill("000000" === totp(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Күйгүзүү" }).click();
  await expect(page.locator("#code-error")).toHaveText("Код туура эмес. Кайра аракет кылыңыз.");
  await page.locator('input[name="code"]').fill(totp(secret));
  await page.getByRole("button", { name: "Күйгүзүү" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Күйгүзүлгөн.");
  await page.goto("/ky/office/payments");
  await expectSignedInAs(page, "Айгүл Админ");
  await page.getByRole("button", { name: "Чыгуу", exact: true }).click();
  await expect(page).toHaveURL(/\/ky\/office\/login\?signedOut=here$/);
  await page.goto("/ky/office/payments");
  await expect(page).toHaveURL(/\/ky\/office\/login$/);

  // Password, then the code from the app.
  await signIn(page, "ru", email);
  await expect(page).toHaveURL(/\/ru\/office\/two-factor$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="code"]').fill("12345");
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.locator("#code-error")).toHaveText("Неверный код. Попробуйте ещё раз.");
  await page.locator('input[name="code"]').fill(totp(secret));
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page).toHaveURL(/\/ru\/office$/);
  await expectSignedInAs(page, "Айгүл Админ");

  // A «СОчИ» top-up through MegaPay turns up in the journal, found by its txn_id.
  const inn = "0" + String(Date.now()).slice(-13);
  await request.post("/api/megapay/soci", {
    headers: { Authorization: megapayAuth },
    form: { command: "pay", txn_id: "1", account: inn, sum: "1", txn_date: "20261124120000" },
  });
  const txn = String(Date.now());
  await page.goto("/ru/register");
  // (an INN must belong to a client: register one through the public form)
  await page.locator('input[name="clientType"][value="legal"]').check();
  await page.locator('input[name="inn"]').fill(inn);
  await page.locator('input[name="organizationName"]').fill("ОсОО Журнал");
  await page.locator('input[name="headName"]').fill("Асанов Асан");
  await page.locator('input[name="phone"]').fill("+996 555 123 456");
  await page.locator('input[name="office"][value="osh"]').check();
  await page.locator('input[name="tariff"][value="rutoken"]').check();
  await page.locator('input[name="consent"]').check();
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  await expect(page).toHaveURL(/\/ru\/invoice\/\d{16}$/);
  // Registered for a signature, so not yet connected to SOChI: staff switch it on.
  await page.goto(`/ru/office/clients/${inn}`);
  await page.getByRole("button", { name: "Подключить к СОчИ" }).click();
  await expect(page.getByTestId("soci-state")).toHaveText(
    "Подключён: пополнения «СОчИ» через MegaPay принимаются.",
  );
  const paid = await request.post("/api/megapay/soci", {
    headers: { Authorization: megapayAuth },
    form: { command: "pay", txn_id: txn, account: inn, sum: "250.50", txn_date: "20261124120000" },
  });
  expect(await paid.text()).toContain("<result>0</result>");
  await page.goto(`/ru/office/payments?q=${txn}`);
  await expect(page.getByTestId("journal-row")).toHaveCount(1);
  await expect(page.getByTestId("journal-row")).toContainText("250,50 сом");
  await expect(page.getByTestId("journal-row")).toContainText(inn);
  await expect(page.getByTestId("journal-totals")).toHaveText("Найдено платежей: 1, на сумму 250,50 сом");
  await expectNoAxeViolations(page);

  const csv = await page.request.get(`/ru/office/payments/export?q=${txn}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = (await csv.body()).toString("utf8");
  expect(
    text.startsWith("\ufeffВремя (Бишкек),Услуга,Способ,Офис,Лицевой счёт,Клиент,Сумма,txn_id / квитанция"),
  ).toBe(true);
  expect(text).toContain(`СОчИ,MegaPay,,${inn},ОсОО Журнал,250.50,${txn}`);
});

test("unknown email and wrong password get the same answer; failures are throttled per account", async ({
  page,
}) => {
  const email = uniqueEmail("accountant");
  addStaff(email, "Бухгалтер Эсепчи", "accountant");
  await signIn(page, "ru", uniqueEmail("nobody"));
  const unknown = await page.locator("[data-form-error]").textContent();
  await signIn(page, "ru", email, "wrong password 123");
  expect(await page.locator("[data-form-error]").textContent()).toBe(unknown);
  expect(unknown).toBe("Неверная почта или пароль.");
  await expectNoAxeViolations(page);
  for (let i = 0; i < 9; i++) {
    await signIn(page, "ru", email, `wrong password ${i}`);
    // Wait for the answer, so that every attempt reaches the server before the next one.
    await expect(page.locator("[data-form-error]")).toBeVisible();
  }
  // The right password is refused too until the failures age out.
  await signIn(page, "ru", email);
  await expect(page.locator("[data-form-error]")).toContainText("Слишком много неудачных попыток");
  await expect(page).toHaveURL(/\/ru\/office\/login$/);
});

test("signing out everywhere ends the other devices' sessions", async ({ browser }) => {
  const email = uniqueEmail("accountant");
  addStaff(email, "Эсепчи Экинчи", "accountant");
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([a.newPage(), b.newPage()]);
  for (const page of [pageA, pageB]) {
    await signIn(page, "ky", email);
    await expect(page).toHaveURL(/\/ky\/office$/);
  }
  await pageA.getByRole("button", { name: "Бардык түзмөктөрдөн чыгуу" }).click();
  await expect(pageA).toHaveURL(/\/ky\/office\/login\?signedOut=everywhere$/);
  await pageB.reload();
  await expect(pageB).toHaveURL(/\/ky\/office\/login$/);
  await Promise.all([a.close(), b.close()]);
});
