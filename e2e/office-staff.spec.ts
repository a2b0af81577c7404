import { expect } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { e2eDatabase } from "./server-actions";
import {
  addStaff,
  completeFirstSignIn,
  expectSignedInAs,
  ownPassword,
  signIn,
  signInNewAdmin,
  signInWithCode,
  uniqueEmail,
} from "./office";

test("an admin adds an operator, ends their sessions and switches them off; others cannot", async ({
  browser,
}) => {
  // Two people through five sign-ins, a reset and two identity checks: 53 s in a whole run on a
  // 2-core machine, and once past the common 60 s.
  test.setTimeout(120_000);
  const adminContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const operator = await operatorContext.newPage();

  const { email: adminEmail } = await signInNewAdmin(admin, "ru", "Админ Сотрудников");
  await admin.goto("/ru/office/staff");
  await expectNoAxeViolations(admin);
  const email = uniqueEmail("operator");
  // A bad form first: each problem next to its field, values kept.
  await admin.locator('input[name="email"]').fill(email);
  await admin.locator('input[name="name"]').fill("Оператор Ош");
  await admin.locator('select[name="role"]').selectOption("operator");
  await admin.locator("#password").fill("short");
  await admin.getByRole("button", { name: "Добавить" }).click();
  await expect(admin.locator("#office-error")).toHaveText(
    "Оператору нужен офис; другим ролям офис не указывается.",
  );
  await expect(admin.locator("#password-error")).toHaveText("Пароль — не меньше 12 символов.");
  await expect(admin.locator('input[name="email"]')).toHaveValue(email);
  await admin.locator('select[name="office"]').selectOption("osh");
  await admin.locator("#password").fill("operator's own secret 2026");
  await admin.getByRole("button", { name: "Добавить" }).click();
  await expect(admin.getByRole("status")).toHaveText("Сотрудник добавлен.");
  const row = admin.getByTestId("staff-row").filter({ hasText: email });
  await expect(row).toContainText("оператор");
  await expect(row).toContainText("Ош");

  // The first sign-in: the password the admin gave is replaced, then the second factor.
  await completeFirstSignIn(operator, "ky", email, "operator's own secret 2026");
  await operator.goto("/ky/office");
  await expectSignedInAs(operator, "Оператор Ош");
  // Not an admin: no staff page, and no link to it.
  await expect(operator.getByRole("link", { name: "Кызматкерлер" })).toHaveCount(0);
  await operator.goto("/ky/office/staff");
  await expect(operator.getByTestId("not-allowed")).toHaveText("Бул бет администраторлор үчүн гана.");

  // A quarter of an hour after the last proof, staff changes ask for the password or a code again.
  const db = e2eDatabase({ writable: true });
  db.pragma("busy_timeout = 5000");
  db.prepare(
    "UPDATE StaffSession SET verifiedAt = ? WHERE userId = (SELECT id FROM StaffUser WHERE email = ?)",
  ).run(new Date(Date.now() - 16 * 60_000).toISOString(), adminEmail);
  db.close();
  await admin.reload();
  const confirm = admin.getByTestId("confirm-identity");
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(admin);
  await row.getByRole("button", { name: /^Завершить сеансы/ }).click();
  await expect(admin.locator("p[role=alert]")).toHaveText(
    "Сначала введите пароль или код из приложения ещё раз в рамке выше, затем повторите.",
  );
  await confirm.locator('input[name="proof"]').fill("not my password");
  await confirm.getByRole("button", { name: "Продолжить" }).click();
  await expect(admin.locator("#proof-error")).toHaveText("Неверный пароль или код.");
  await confirm.locator('input[name="proof"]').fill(ownPassword);
  await confirm.getByRole("button", { name: "Продолжить" }).click();
  await expect(admin).toHaveURL(/\/ru\/office\/staff$/);
  await expect(admin.getByTestId("confirm-identity")).toHaveCount(0);
  await row.getByRole("button", { name: /^Завершить сеансы/ }).click();
  await expect(admin.getByRole("status")).toHaveText("Сеансы завершены.");
  await operator.goto("/ky/office/payments");
  await expect(operator).toHaveURL(/\/ky\/office\/login$/);

  // A lost phone: the admin gives a temporary password; the operator sets both again.
  await signInWithCode(operator, "ky", email);
  const reset = admin.locator('form:has(select[name="staffId"])');
  await reset.locator('select[name="staffId"]').selectOption({ label: `Оператор Ош (${email})` });
  await reset.locator('input[name="password"]').fill("qwerty123456");
  await reset.getByRole("button", { name: "Сбросить" }).click();
  await expect(admin.locator("#reset-password-error")).toHaveText(
    "Пароль слишком легко угадать (частый пароль, слово с цифрами, ряд клавиш, дата): возьмите четыре или больше не связанных между собой слов.",
  );
  await reset.locator('input[name="password"]').fill("временный ключ на один вход 5");
  await reset.getByRole("button", { name: "Сбросить" }).click();
  await expect(admin.getByRole("status")).toHaveText(
    "Пароль сброшен, двухфакторная защита отключена, сеансы завершены. Сообщите временный пароль сотруднику лично.",
  );
  await operator.goto("/ky/office/payments");
  await expect(operator).toHaveURL(/\/ky\/office\/login$/);
  await signIn(operator, "ky", email, ownPassword);
  await expect(operator.locator("[data-form-error]")).toHaveText("Почта же сырсөз туура эмес.");
  await completeFirstSignIn(operator, "ky", email, "временный ключ на один вход 5");
  await expect(operator.getByTestId("two-factor-status")).toHaveText("Күйгүзүлгөн.");

  await row.getByRole("button", { name: /^Отключить/ }).click();
  await expect(admin.getByRole("status")).toHaveText("Доступ изменён.");
  await expect(row).toContainText("отключён");
  await signIn(operator, "ky", email, ownPassword);
  await expect(operator.locator("[data-form-error]")).toHaveText("Почта же сырсөз туура эмес.");

  await Promise.all([adminContext.close(), operatorContext.close()]);
});

test("an accountant reads the journal and cannot manage staff", async ({ page }) => {
  const email = uniqueEmail("accountant");
  addStaff(email, "Эсепчи", "accountant");
  await completeFirstSignIn(page, "ky", email);
  await page.goto("/ky/office");
  await expectNoAxeViolations(page);
  await page.goto("/ky/office/staff");
  await expect(page.getByTestId("not-allowed")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByTestId("staff-row")).toHaveCount(0);
});
