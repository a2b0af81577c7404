import { expect } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { addStaff, completeFirstSignIn, signInNewAdmin, uniqueEmail } from "./office";
import { payByMegapay } from "./megapay";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";

// An accountant reconciles MegaPay's registry: a bad file is refused with its lines, a good one
// gives the report with the payment MegaPay took and we lack first, which she asks to record and
// an admin approves; MegaPay's own pay of it later replays it; the same file again changes nothing; the report exports.
test("an accountant reconciles MegaPay's registry and records the payment we lack", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(150_000);
  await page.goto("/ru/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn: uniqueOrganizationInn(),
    organizationName: "ОсОО Сверка",
    headName: "Асанов Асан",
    phone: "+996 555 000 333",
    office: "osh",
    tariffs: { "cloud-head": 1 },
  });
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  const invoice = await invoiceNumberOnPage(page);
  // 15 digits: the journal reads 14 as an INN and 16 as an invoice number.
  const base = `${Date.now()}0`;
  const [matched, differs, missingHere, missingThere] = [
    `${base}1`,
    `${base}2`,
    `${base}3`,
    `${base}4`,
  ] as const;
  for (const [txn, sum] of [
    [matched, "100"],
    [differs, "200"],
    [missingThere, "50"],
  ] as const)
    expect(await payByMegapay(request, "eds", { txn, account: invoice, sum })).toContain(
      "<result>0</result>",
    );

  // The admin who approves later: an account older than the request (a newer one may not approve).
  const admin = await browser.newPage();
  await signInNewAdmin(admin, "ru", "Админ Сверка");
  const email = uniqueEmail("accountant");
  addStaff(email, "Бухгалтер Сверка", "accountant");
  await completeFirstSignIn(page, "ru", email);
  await page.goto("/ru/office");
  await page
    .getByRole("navigation", { name: "Разделы офиса" })
    .getByRole("link", { name: "Сверка с MegaPay" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сверка с реестром MegaPay");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  // MegaPay's test payments are all dated 26.11.2026 (e2e/megapay.ts).
  await page.getByLabel("Период: с").fill("26.11.2026");
  await page.getByLabel("по (включительно)").fill("26.11.2026");
  const upload = async (name: string, text: string) => {
    await page
      .getByLabel("Файл реестра")
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Сверить" }).click();
  };
  const header = "txn_id;date;account;sum;service";
  await upload(
    "bad.csv",
    `${header}\n${matched};26.11.2026 12:00;${invoice};100,00;Оплата ЭЦП\nx;;${invoice};-1;МБанк\n`,
  );
  const problems = page.getByTestId("upload-problems");
  await expect(problems).toContainText("Реестр не принят, ничего не сохранено: найдено ошибок — 4.");
  await expect(problems.getByRole("row").filter({ hasText: "Номер операции — только цифры" })).toContainText(
    "3",
  );
  await expect(problems).toContainText("Неизвестная услуга");
  await expectNoAxeViolations(page);

  const registry = [
    header,
    `${matched};26.11.2026 12:00;${invoice};100,00;Оплата ЭЦП`,
    `${differs};26.11.2026 12:00;${invoice};250,00;Оплата ЭЦП`,
    `${missingHere};26.11.2026 12:05;${invoice};75,50;Оплата ЭЦП`,
    "Total: 3 425,50",
  ].join("\r\n");
  await page.getByLabel("Период: с").fill("26.11.2026");
  await page.getByLabel("по (включительно)").fill("26.11.2026");
  await upload("registry-2026-11-26.csv", registry);
  await expect(page).toHaveURL(/\/ru\/office\/reconciliation\/\d+$/);
  const reportUrl = page.url();
  await expect(page.getByTestId("total-missingHere")).toContainText("75,50");
  // The classes at a glance: one bar, a part per class that has rows.
  await expect(page.getByTestId("class-bar").locator('rect[data-class="missingHere"]')).toHaveAttribute(
    "data-count",
    "1",
  );
  // The most urgent first, in red.
  const first = page.locator("li[data-testid^=item-]").first();
  await expect(first).toHaveAttribute("data-testid", "item-missingHere");
  await expect(first).toContainText(missingHere);
  await expect(page.getByTestId("item-sumDiffers").filter({ hasText: differs })).toContainText("200,00");
  await expect(page.getByTestId("item-missingThere").filter({ hasText: missingThere })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  // A comment is required; then the payment is recorded under MegaPay's txn_id.
  await first.getByLabel("Решение").selectOption("record");
  await first.getByRole("button", { name: "Показать" }).click();
  await expect(first).toContainText("Напишите, что выяснили");
  await first.getByLabel("Что выяснили").fill("MegaPay подтвердил по телефону");
  await first.getByRole("button", { name: "Показать" }).click();
  // A file one person uploaded creates no money by itself: the request opens, nothing is recorded
  // until an admin approves it.
  await expect(page).toHaveURL(/\/ru\/office\/requests\/\d+\?done=requested$/);
  const requestUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("cannot-decide")).toHaveText("Это ваш запрос: решает другой сотрудник.");
  await expect(page.getByTestId("request-changes")).toContainText(missingHere);
  await expectNoAxeViolations(page);
  const before = await page.request.get(`/ru/office/payments/export?q=${missingHere}`);
  expect((await before.text()).split("\n").filter((line) => line.includes(missingHere))).toHaveLength(0);
  await page.goto(reportUrl);
  await expect(page.getByTestId("pending-request")).toBeVisible();
  await admin.goto(requestUrl);
  await admin.getByLabel("Решение").selectOption("approve");
  await admin.getByLabel("Комментарий").fill("Проверено по выписке");
  await admin.getByRole("button", { name: "Сохранить решение" }).click();
  await expect(admin).toHaveURL(/\?done=approved$/);
  await expect(admin.getByTestId("notice")).toHaveText("Подтверждено и проведено.");
  await admin.close();
  await page.goto(reportUrl);
  const recorded = page.locator(`li[data-testid=item-missingHere]`).filter({ hasText: missingHere });
  await expect(recorded.getByTestId("resolution")).toContainText("Платёж записан — Админ Сверка, ");
  await expect(recorded.getByTestId("resolution")).toContainText("MegaPay подтвердил по телефону");
  // MegaPay's own pay of it now replays it: no second payment.
  const replay = await payByMegapay(request, "eds", { txn: missingHere, account: invoice, sum: "75.50" });
  expect(replay).toContain("<result>0</result>");
  const journal = await page.request.get(`/ru/office/payments/export?q=${missingHere}`);
  expect((await journal.text()).split("\n").filter((line) => line.includes(missingHere))).toHaveLength(1);

  const explain = page.getByTestId("item-sumDiffers").filter({ hasText: differs });
  await explain.getByLabel("Что выяснили").fill("MegaPay вернул 50 сом плательщику");
  await explain.getByRole("button", { name: "Закрыть с комментарием" }).click();
  await expect(explain.getByTestId("resolution")).toContainText("Разобрано — Бухгалтер Сверка");

  const csv = await (await page.request.get(`${reportUrl}/export`)).text();
  expect(csv).toContain("Нет у нас: MegaPay списал деньги, платежа нет");
  expect(csv).toContain("MegaPay подтвердил по телефону");
  expect(csv).toContain(`${matched},26.11.2026 12:00`);

  // The same file again: the same report, nothing new.
  await page.goto("/ru/office/reconciliation");
  await page.getByLabel("Период: с").fill("26.11.2026");
  await page.getByLabel("по (включительно)").fill("26.11.2026");
  await upload("registry-again.csv", registry);
  await expect(page).toHaveURL(`${reportUrl}?already=1`);
  await expect(page.getByTestId("notice")).toContainText("Этот файл уже сверяли");

  // The Kyrgyz report reads and passes the same checks.
  await page.goto(reportUrl.replace("/ru/", "/ky/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Салыштыруу №");
  await expect(page.getByTestId("total-missingHere")).toContainText("Бизде жок");
  await expectNoAxeViolations(page);
});
