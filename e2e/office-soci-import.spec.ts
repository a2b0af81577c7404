import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { addStaff, completeFirstSignIn, runCommand, signInNewAdmin, uniqueEmail } from "./office";
import { uniqueOrganizationInn, uniquePersonInn } from "./registration";
import { megapayAuth } from "./megapay";

// Windows-1251, as SOChI's export on a Russian Windows saves it (Cyrillic only in this test).
const windows1251 = (text: string) =>
  Buffer.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      return code < 0x80 ? code : code - 0x410 + 0xc0;
    }),
  );

const sociCheck = async (request: APIRequestContext, inn: string) =>
  (
    await request.post("/api/megapay/soci", {
      headers: { Authorization: megapayAuth },
      form: { command: "check", txn_id: String(Date.now()), account: inn, sum: "100.00" },
    })
  ).text();

test("an admin imports SOChI's clients: a bad file changes nothing, a good one connects them all", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const organization = uniqueOrganizationInn();
  const person = uniquePersonInn();
  await signInNewAdmin(page, "ky", "Админ Импорт");
  await page.goto("/ky/office/clients");
  await page.getByRole("link", { name: "СОчИден импорттоо" }).click();
  await expect(page).toHaveURL(/\/ky\/office\/clients\/import$/);
  await expectNoAxeViolations(page);

  // One good row and one bad one: the problems are named by line, nothing is imported.
  const bad = `inn;name;phone;email\r\n${organization};ОсОО Импорт;0555 123 456;\r\n123;;555;\r\n`;
  await page.locator('input[name="file"]').setInputFiles({
    name: "soci.csv",
    mimeType: "text/csv",
    buffer: windows1251(bad),
  });
  await page.getByRole("button", { name: "Текшерүү жана импорттоо" }).click();
  const alert = page.getByTestId("upload-problems");
  await expect(alert).toContainText("Эч нерсе импорттолгон жок: 3 ката табылды.");
  await expect(alert.getByRole("row")).toHaveCount(4);
  await expect(alert.getByRole("row").nth(1)).toContainText("ИНН так 14 сандан турушу керек.");
  await expect(alert.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("3");
  await expectNoAxeViolations(page);
  expect(await sociCheck(request, organization)).toContain("<result>5</result>");

  // The fixed file: both clients are connected and MegaPay's «СОчИ» check finds them.
  const good = `inn;name;phone;email\r\n${organization};ОсОО Импорт;0555 123 456;\r\n${person};Асанов Асан;;\r\n`;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "soci-import-")), "soci.csv");
  writeFileSync(file, windows1251(good));
  await page.locator('input[name="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Текшерүү жана импорттоо" }).click();
  await expect(page.getByTestId("notice")).toHaveText(
    "Импорт аяктады. Жаңы кардарлар: 2, жаңыртылганы: 0, өзгөрүүсүз: 0.",
  );
  expect(await sociCheck(request, organization)).toContain("<result>0</result>");
  expect(await sociCheck(request, person)).toContain("<result>0</result>");
  await page.goto(`/ky/office/clients/${organization}`);
  await expect(page.getByText("ОсОО Импорт").first()).toBeVisible();

  // The same file from the command line: nothing new, nothing changed.
  expect(runCommand("soci-import", [file])).toContain("0 new clients, 0 updated, 2 unchanged");
});

test("only admins import clients", async ({ page }) => {
  const email = uniqueEmail("operator");
  addStaff(email, "Оператор Ош", "operator", "osh");
  await completeFirstSignIn(page, "ru", email);
  await page.goto("/ru/office");
  await page.goto("/ru/office/clients");
  await expect(page.getByRole("link", { name: "Импорт из СОчИ" })).toHaveCount(0);
  await page.goto("/ru/office/clients/import");
  await expect(page.getByTestId("not-allowed")).toHaveText(
    "Импортировать клиентов могут только администраторы.",
  );
  await expectNoAxeViolations(page);
});
