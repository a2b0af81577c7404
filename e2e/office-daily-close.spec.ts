import { expect } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { signInNewAdmin } from "./office";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";
import { payByMegapay } from "./megapay";

test("the daily close shows today's MegaPay payment under its invoice's office, prints and exports", async ({
  page,
  request,
}) => {
  await page.goto("/ru/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn: uniqueOrganizationInn(),
    organizationName: "ОсОО Итоги",
    headName: "Асанов Асан",
    phone: "+996 777 000 222",
    office: "jalal-abad",
    tariffs: { "cloud-head": 1 },
  });
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  const number = await invoiceNumberOnPage(page);
  const txn = String(Date.now());
  expect(await payByMegapay(request, "eds", { txn, account: number, sum: "1510" })).toContain(
    "<result>0</result>",
  );

  await signInNewAdmin(page, "ky", "Админ Күндүн Жыйынтыгы");
  await page.goto("/ky/office");
  await page
    .getByRole("navigation", { name: "Кеңсенин бөлүмдөрү" })
    .getByRole("link", { name: "Күндүн жыйынтыгы" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Күндүн жыйынтыгы");
  const jalalAbad = page.getByTestId("close-office-jalal-abad");
  await expect(jalalAbad.getByRole("heading")).toHaveText("Жалал-Абад");
  await expect(
    jalalAbad.getByRole("row").filter({ hasText: "MegaPay" }).filter({ hasText: "ЭЦП" }),
  ).toContainText("1\u00a0510,00 сом");
  await expect(jalalAbad).toContainText("Толук төлөнгөн төлөө эсептери:");
  await expect(page.getByRole("button", { name: "Басып чыгаруу" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "CSV жүктөп алуу" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\n")[0]).toContain("Күнү,Кеңсе,Кызмат,Ыкма,Саны");
  expect(text).toMatch(/Жалал-Абад,ЭЦП,MegaPay,\d+,\d+\.\d{2}/);

  // Another day, in Russian: nothing was paid on it.
  await page.goto("/ru/office/close?day=2020-01-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Итоги дня");
  await expect(page.getByTestId("close-nothing")).toHaveText("В этот день платежей не было.");
  await expect(page.locator('input[name="day"]')).toHaveValue("01.01.2020");
  await expectNoAxeViolations(page);
});
