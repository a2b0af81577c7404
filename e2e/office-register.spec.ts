import { expect } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { addStaff, completeFirstSignIn, uniqueEmail } from "./office";
import { fillRegistration, uniqueOrganizationInn } from "./registration";

test("an operator registers a walk-in client and the invoice is printed at once", async ({ page }) => {
  const email = uniqueEmail("operator");
  addStaff(email, "Оператор Жалал-Абад", "operator", "jalal-abad");
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await completeFirstSignIn(page, "ky", email);
  await page.goto("/ky/office");
  await page.getByRole("link", { name: "Кардарды каттоо" }).click();
  await expect(page).toHaveURL(/\/ky\/office\/register$/);
  // Their own office is chosen for them.
  await expect(page.locator('input[name="office"][value="jalal-abad"]')).toBeChecked();
  // The operator fills the form in: its consent speaks of the client, not in the client's voice.
  await expect(page.locator("label", { has: page.locator('input[name="consent"]') })).toContainText(
    "Кардар жеке маалыматтарын иштетүүгө макулдук берди",
  );
  await expectNoAxeViolations(page);

  // Another office's client is not theirs to register.
  const data = {
    clientType: "legal" as const,
    inn: uniqueOrganizationInn(),
    organizationName: "ОсОО Кеңседе",
    headName: "Бакыт Асанов",
    phone: "+996 777 123 456",
    office: "osh" as const,
    tariffs: { "cloud-head": 1 },
  };
  await fillRegistration(page, data);
  await page.getByRole("button", { name: "Кардарды каттап, төлөө эсебин ачуу" }).click();
  await expect(page.locator("#office-error")).toHaveText(
    "Сиз башка кеңседе иштейсиз: өз кеңсеңизди тандаңыз.",
  );
  await page.locator('input[name="office"][value="jalal-abad"]').check();
  await page.getByRole("button", { name: "Кардарды каттап, төлөө эсебин ачуу" }).click();
  await expect(page).toHaveURL(/\/ky\/invoice\/\d{16}\?print=1$/);
  await expect(page.getByTestId("invoice-number")).toHaveText(/^[\d\s]{19}$/);
  await expect(page.getByTestId("invoice-organization")).toHaveText("ОсОО Кеңседе");
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("the walk-in form speaks of the client in Russian too", async ({ page }) => {
  const email = uniqueEmail("operator");
  addStaff(email, "Оператор Ош", "operator", "osh");
  await completeFirstSignIn(page, "ru", email);
  await page.goto("/ru/office/register");
  await expect(page.locator("label", { has: page.locator('input[name="consent"]') })).toContainText(
    "Клиент дал согласие на обработку персональных данных",
  );
  await expect(page.getByRole("button", { name: "Зарегистрировать клиента и выписать счёт" })).toBeVisible();
});

test("an accountant does not register clients", async ({ page }) => {
  const email = uniqueEmail("accountant");
  addStaff(email, "Бухгалтер", "accountant");
  await completeFirstSignIn(page, "ru", email);
  await page.goto("/ru/office");
  await expect(page.getByRole("link", { name: "Регистрация клиента" })).toHaveCount(0);
  await page.goto("/ru/office/register");
  await expect(page.getByTestId("not-allowed")).toHaveText(
    "Регистрировать клиентов могут только операторы и администраторы.",
  );
  await expectNoAxeViolations(page);
});
