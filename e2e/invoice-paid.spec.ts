import { expect } from "@playwright/test";
import { expectNoAxeViolations, test } from "./fixtures";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";
import { payByMegapay } from "./megapay";

test("a MegaPay payment turns the invoice page to paid without a reload", async ({ page, request }) => {
  await page.goto("/ru/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn: uniqueOrganizationInn(),
    organizationName: "ОсОО Оплата",
    headName: "Асанов Асан",
    phone: "+996 777 000 111",
    office: "osh",
    tariffs: { "cloud-head": 1 },
  });
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  const number = await invoiceNumberOnPage(page);
  await expect(page.getByTestId("invoice-status")).toHaveText("Ожидает оплаты");
  // A reload would lose this mark (the page's own refresh of its server part keeps it).
  await page.evaluate(() => ((window as unknown as { mark: number }).mark = 42));

  const pay = (txn: string, sum: string) => payByMegapay(request, "eds", { txn, account: number, sum });
  const txn = String(Date.now());
  expect(await pay(txn, "1000")).toContain("<result>0</result>");
  await expect(page.getByTestId("invoice-status")).toHaveText("Оплачен частично", { timeout: 15_000 });
  await expect(page.getByText("Осталось оплатить: 510,00 сом")).toBeVisible();
  expect(await pay(`${txn}1`, "510")).toContain("<result>0</result>");
  await expect(page.getByTestId("invoice-status")).toHaveText("Оплачен", { timeout: 15_000 });
  // The receipt: both payments, with MegaPay's operation numbers, also without a reload.
  const receipt = page.getByTestId("invoice-payments");
  await expect(receipt.getByRole("listitem")).toHaveCount(2);
  await expect(receipt.getByRole("listitem").first()).toContainText("1\u00a0000,00 сом");
  await expect(receipt.getByRole("listitem").first()).toContainText(`Номер операции MegaPay: ${txn}`);
  await expect(receipt.getByRole("listitem").last()).toContainText(`Номер операции MegaPay: ${txn}1`);
  expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(42);

  await page.goto(`/ky/invoice/${number}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Төлөндү");
  await expect(page.getByRole("heading", { name: "Түшкөн төлөмдөр" })).toBeVisible();
  await expect(page.getByTestId("invoice-payments")).toContainText(`MegaPay операциясынын номери: ${txn}1`);
  await expectNoAxeViolations(page);
});
