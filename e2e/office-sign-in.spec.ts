import { expect } from "@playwright/test";
import { expectNoAxeViolations, test, uniqueClientAddress } from "./fixtures";
import {
  addStaff,
  completeFirstSignIn,
  expectSignedInAs,
  ownPassword,
  signIn,
  signInWithCode,
  staffPassword,
  uniqueEmail,
} from "./office";
import { totp } from "./totp";
import { megapayAuth } from "./megapay";
import { e2eDatabase } from "./server-actions";
import { dayMs } from "../lib/dates";

test("the first sign-in replaces the given password and sets up TOTP; then a code; the audit log shows it all", async ({
  page,
  request,
}) => {
  // 24–36 s in a whole run on 2 cores: twice that.
  test.setTimeout(90_000);
  const email = uniqueEmail("admin");
  addStaff(email, "Айгүл Админ", "admin");
  await signIn(page, "ky", email);
  // No way around the own password and the second factor: pages, exports and actions wait.
  await expect(page).toHaveURL(/\/ky\/office\/security$/);
  await expect(page.getByTestId("setup-step")).toContainText("өзүңүздүн сырсөзүңүздү");
  for (const path of ["/ky/office/payments", "/ky/office/staff", "/ky/office"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/ky\/office\/security$/);
  }
  expect((await page.request.get("/ky/office/payments/export")).status()).toBe(403);
  await expectNoAxeViolations(page);
  const passwordForm = page.locator('form:has(input[name="newPassword"])');
  await passwordForm.locator('input[name="currentPassword"]').fill(staffPassword);
  await passwordForm.locator('input[name="newPassword"]').fill("password12345");
  await passwordForm.locator('input[name="repeatPassword"]').fill("password12345");
  await passwordForm.getByRole("button", { name: "Сырсөздү алмаштыруу" }).click();
  await expect(page.locator("#password-newPassword-error")).toContainText("Сырсөздү табуу өтө оңой");
  await passwordForm.locator('input[name="currentPassword"]').fill(staffPassword);
  await passwordForm.locator('input[name="newPassword"]').fill(ownPassword);
  await passwordForm.locator('input[name="repeatPassword"]').fill(ownPassword);
  await passwordForm.getByRole("button", { name: "Сырсөздү алмаштыруу" }).click();
  await expect(page).toHaveURL(/\/ky\/office\/security\?done=password$/);
  await page.goto("/ky/office/payments");
  await expect(page).toHaveURL(/\/ky\/office\/security$/);
  await expect(page.getByTestId("two-factor-status")).toHaveText("Өчүрүлгөн.");
  await page.locator('input[name="password"]').fill(ownPassword);
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

  // The given password is gone; one wrong try; then the own password and the code from the app.
  await signIn(page, "ru", email);
  await expect(page.locator("[data-form-error]")).toHaveText("Неверная почта или пароль.");
  await signIn(page, "ru", email, ownPassword);
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

  // The audit log: her sign-ins, the failure, the password, the second factor and the export.
  await page.goto(`/ru/office/audit?actor=${encodeURIComponent(email)}`);
  const actions = await page.getByTestId("audit-row").locator("td:nth-child(3)").allTextContents();
  for (const action of [
    "вход",
    "неудачный вход",
    "пароль изменён",
    "двухфакторная защита включена",
    "выход",
    "выгрузка CSV",
  ]) {
    expect(actions, action).toContain(action);
  }
  await expect(page.getByTestId("audit-row").filter({ hasText: "выгрузка CSV" })).toContainText(txn);
  await page.goto(`/ru/office/audit?action=access&actor=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("audit-row").filter({ hasText: "выгрузка CSV" })).toHaveCount(0);
  await expect(page.getByTestId("audit-row").filter({ hasText: "неудачный вход" })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("unknown email and wrong password get the same answer; guesses slow the guesser's address, not the office", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("accountant");
  addStaff(email, "Бухгалтер Эсепчи", "accountant");
  await signIn(page, "ru", uniqueEmail("nobody"));
  const unknown = await page.locator("[data-form-error]").textContent();
  await signIn(page, "ru", email, "wrong password 123");
  expect(await page.locator("[data-form-error]")).toHaveText(unknown!);
  expect(unknown).toBe("Неверная почта или пароль.");
  await expectNoAxeViolations(page);
  for (let i = 0; i < 4; i++) {
    await signIn(page, "ru", email, `wrong password ${i}`);
    // Wait for the answer, so that every attempt reaches the server before the next one.
    await expect(page.locator("[data-form-error]")).toHaveText(unknown!);
  }
  // Five at once from this address; the sixth waits, the right password too.
  await signIn(page, "ru", email);
  await expect(page.locator("[data-form-error]")).toContainText("Слишком много неудачных попыток");
  await expect(page).toHaveURL(/\/ru\/office\/login$/);

  // From the office's own address the right password signs in at once.
  const office = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueClientAddress() } });
  const officePage = await office.newPage();
  await signIn(officePage, "ru", email);
  await expect(officePage).toHaveURL(/\/ru\/office\/security$/);
  await office.close();
});

test("signing out everywhere ends the other devices' sessions; a session ends 7 days after its sign-in", async ({
  browser,
}) => {
  // 25–31 s in a whole run on 2 cores: twice that.
  test.setTimeout(90_000);
  const email = uniqueEmail("accountant");
  addStaff(email, "Эсепчи Экинчи", "accountant");
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([a.newPage(), b.newPage()]);
  await completeFirstSignIn(pageA, "ky", email);
  await signInWithCode(pageB, "ky", email);
  // Both devices are listed on the security page; one is ended from the other.
  await pageA.goto("/ky/office/security");
  await expect(pageA.getByTestId("staff-session")).toHaveCount(2);
  await expectNoAxeViolations(pageA);
  await pageA.getByRole("button", { name: "Бул сеансты бүтүрүү" }).click();
  await expect(pageA.getByRole("status")).toHaveText("Сеанс бүттү.");
  await expect(pageA.getByTestId("staff-session")).toHaveCount(1);
  await pageB.reload();
  await expect(pageB).toHaveURL(/\/ky\/office\/login$/);
  await signInWithCode(pageB, "ky", email);

  await pageA.goto("/ky/office");
  await pageA.getByRole("button", { name: "Бардык түзмөктөрдөн чыгуу" }).click();
  await expect(pageA).toHaveURL(/\/ky\/office\/login\?signedOut=everywhere$/);
  await pageB.reload();
  await expect(pageB).toHaveURL(/\/ky\/office\/login$/);

  // A session in daily use still ends 7 days after its sign-in: its sign-in moved 7 days back.
  await signInWithCode(pageB, "ky", email);
  await pageB.goto("/ky/office/payments");
  await expect(pageB).toHaveURL(/\/ky\/office\/payments$/);
  // (The server's busy timeout covers this one short write.)
  const db = e2eDatabase({ writable: true });
  db.pragma("busy_timeout = 5000");
  const { id } = db.prepare("SELECT id FROM StaffUser WHERE email = ?").get(email) as { id: string };
  const weekAgo = Date.now() - 7 * dayMs - 60_000;
  db.prepare("UPDATE StaffSession SET createdAt = ? WHERE userId = ?").run(
    new Date(weekAgo).toISOString(),
    id,
  );
  db.close();
  await pageB.goto("/ky/office/payments");
  await expect(pageB).toHaveURL(/\/ky\/office\/login$/);
  await Promise.all([a.close(), b.close()]);
});
