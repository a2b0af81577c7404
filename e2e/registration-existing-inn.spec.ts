import { expect, type APIRequestContext } from "@playwright/test";
import { pdfText } from "./pdf-text";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";
import { megapayAuth } from "./megapay";
import { test } from "./fixtures";

async function megapayCheck(request: APIRequestContext, service: "soci" | "eds", account: string) {
  const response = await request.get(`/api/megapay/${service}`, {
    headers: { Authorization: megapayAuth },
    params: { command: "check", txn_id: String(Date.now()), account },
  });
  return (await response.text()).replace(/<osmp_txn_id>\d+<\/osmp_txn_id>/, "");
}

test("registering with someone else's INN changes nothing of theirs", async ({ page, request }) => {
  const inn = uniqueOrganizationInn();
  await page.goto("/ru/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn,
    organizationName: "ОсОО Биринчи Клиент",
    headName: "Асанов Асан",
    phone: "+996 555 123 456",
    office: "osh",
    tariffs: { "cloud-head": 1 },
  });
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  const first = await invoiceNumberOnPage(page);
  await expect(page.getByTestId("invoice-organization")).toHaveText("ОсОО Биринчи Клиент");
  const firstPdf = await pdfText(await (await request.get(`/ru/invoice/${first}/pdf`)).body());
  expect(firstPdf).toContain("ОсОО Биринчи Клиент");
  const sociCheck = await megapayCheck(request, "soci", inn);
  const edsCheck = await megapayCheck(request, "eds", first);
  // Registered for a signature only: not connected to SOChI, so «СОчИ» does not know the INN.
  expect(sociCheck).toContain("<result>5</result>");
  expect(edsCheck).toContain("ОсОО Биринчи Клиент");

  // Someone else types the same INN with other names, in the other language.
  await page.goto("/ky/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn,
    organizationName: "ОсОО Жасалма",
    headName: "Башка Адам",
    phone: "+996 700 999 888",
    email: "other@example.kg",
    office: "jalal-abad",
    tariffs: { "cloud-head": 1 },
  });
  await page.getByRole("button", { name: /Катталып/ }).click();
  const second = await invoiceNumberOnPage(page);
  expect(second).not.toBe(first);
  await expect(page.getByTestId("invoice-organization")).toHaveText("ОсОО Жасалма");

  await page.goto(`/ru/invoice/${first}`);
  await expect(page.getByTestId("invoice-organization")).toHaveText("ОсОО Биринчи Клиент");
  // Rendered afresh (another language than before) and as before (the same one).
  expect(await pdfText(await (await request.get(`/ky/invoice/${first}/pdf`)).body())).toContain(
    "ОсОО Биринчи Клиент",
  );
  expect(await pdfText(await (await request.get(`/ru/invoice/${first}/pdf`)).body())).toBe(firstPdf);
  expect(await megapayCheck(request, "soci", inn)).toBe(sociCheck);
  expect(await megapayCheck(request, "eds", first)).toBe(edsCheck);
});
