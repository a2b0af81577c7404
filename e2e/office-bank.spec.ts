import { expect } from "@playwright/test";
import { e2eBankDetails, oneCStatement, setBankDetails } from "./bank";
import { expectNoAxeViolations, expectNoHorizontalScroll, messageTree, test } from "./fixtures";
import { addStaff, completeFirstSignIn, signInNewAdmin, uniqueEmail } from "./office";
import { e2eDatabase } from "./server-actions";
import { registerOnline, uniqueOrganizationInn } from "./registration";

type Words = Record<string, Record<string, unknown>>;
const messages = (locale: "ky" | "ru") => messageTree<Words>(locale);

// An accountant uploads a bank statement with an exact match, a partial payment, an unmatched
// line and a SOChI top-up: the first two are recorded, the other two wait; she assigns the top-up;
// the client's invoice page shows the transfer. In both languages.
for (const locale of ["ky", "ru"] as const) {
  test(`an accountant uploads a bank statement and settles what waits (${locale})`, async ({
    page: accountant,
    browser,
  }) => {
    test.setTimeout(150_000);
    // The client's pages (a context of their own, for the accessibility check).
    const page = await (await browser.newContext()).newPage();
    const bank = messages(locale).office!.bank as Record<string, Record<string, string> & string>;
    const transferWords = (messages(locale).invoice!.transfer as Record<string, string>)!;
    const [exactInn, partlyInn, sociInn] = [
      uniqueOrganizationInn(),
      uniqueOrganizationInn(),
      uniqueOrganizationInn(),
    ];
    const exact = await registerOnline(page, locale, exactInn, "ОсОО Выписка");
    const partly = await registerOnline(page, locale, partlyInn, "ОсОО Частично");
    await registerOnline(page, locale, sociInn, "ОсОО СОчИ");
    e2eDatabase({ writable: true }).prepare("UPDATE Client SET sociConnected = 1 WHERE inn = ?").run(sociInn);

    const admin = await browser.newPage();
    await signInNewAdmin(admin, locale, "Админ Банк");
    await setBankDetails(admin, locale);

    // The invoice says what a transfer needs, with the purpose to copy.
    await page.goto(`/${locale}/invoice/${exact}`);
    const transfer = page.getByTestId("invoice-transfer");
    await expect(transfer).toContainText(e2eBankDetails.bankAccount);
    await expect(transfer).toContainText(e2eBankDetails.bankBic);
    await expect(transfer).toContainText(exactInn);
    const purpose = transferWords.purposeText!.replace("{number}", exact);
    await expect(page.getByTestId("transfer-purpose")).toHaveText(purpose);
    await expectNoAxeViolations(page);

    const email = uniqueEmail("accountant");
    addStaff(email, "Бухгалтер Банк", "accountant");
    await completeFirstSignIn(accountant, locale, email);
    await accountant.goto(`/${locale}/office`);
    await accountant
      .getByRole("navigation")
      .getByRole("link", { name: (messages(locale).office!.nav as Record<string, string>).bank! })
      .click();
    await expect(accountant.getByRole("heading", { level: 1 })).toHaveText(bank.title!);
    await expectNoAxeViolations(accountant);
    await expectNoHorizontalScroll(accountant);

    const number = String(Date.now());
    const statement = oneCStatement(`statement-${locale}.txt`, [
      { number: `${number}1`, date: "03.12.2026", sum: "1200.00", payerInn: exactInn, purpose },
      {
        number: `${number}2`,
        date: "03.12.2026",
        sum: "500,00",
        payerInn: partlyInn,
        purpose: `Оплата ${partly} частично`,
      },
      {
        number: `${number}3`,
        date: "04.12.2026",
        sum: "77.00",
        payerName: "ИП Неизвестный",
        purpose: "Аренда",
      },
      {
        number: `${number}4`,
        date: "04.12.2026",
        sum: "300.00",
        payerInn: sociInn,
        purpose: "Пополнение СОчИ",
      },
    ]);
    // Two files at once (the page sends them one after the other): the statement and a copy of it
    // under another name, which keeps nothing twice.
    const copy = { ...statement, name: `copy-${statement.name}` };
    await accountant.getByLabel(bank.file!).setInputFiles([statement, copy]);
    await accountant.getByRole("button", { name: bank.submit! }).click();
    const kept = accountant.getByTestId("bank-upload-kept");
    await expect(kept).toHaveCount(2);
    await expect(kept.first()).toContainText(statement.name);
    await expect(kept.nth(1)).toContainText(copy.name);
    const report = await kept.first().getByRole("link").getAttribute("href");

    const waiting = accountant.getByTestId("waiting-transfer");
    const unmatched = waiting.filter({ hasText: `${number}3` });
    const soci = waiting.filter({ hasText: `${number}4` });
    await expect(unmatched.getByTestId("wait-reason")).toContainText(bank.waitReasons!.unmatched!);
    await expect(soci.getByTestId("wait-reason")).toContainText(bank.waitReasons!.sociProposal!);
    await expect(waiting.filter({ hasText: `${number}1` })).toHaveCount(0);
    await expect(waiting.filter({ hasText: `${number}2` })).toHaveCount(0);
    await expectNoAxeViolations(accountant);

    // Not ours needs a comment.
    await unmatched.getByLabel(bank.decision!).selectOption("notOurs");
    await unmatched.getByRole("button", { name: bank.decide! }).click();
    await expect(unmatched).toContainText(bank.errors!.commentRequired!);
    // The top-up, as proposed: to the client's SOChI balance by INN. A person's assignment waits for
    // a second person (not the one who uploaded the statement): the admin approves it.
    await expect(soci.getByLabel(bank.target!)).toHaveValue(sociInn);
    await soci.getByLabel(bank.comment!).fill("Клиент позвонил: это пополнение СОчИ");
    await soci.getByRole("button", { name: bank.decide! }).click();
    await expect(accountant).toHaveURL(/\/office\/requests\/\d+\?done=requested$/);
    const requests = messages(locale).office!.requests as Record<string, Record<string, string> & string>;
    await admin.goto(accountant.url().replace(/\?.*$/, ""));
    await admin.getByLabel(requests.decide!).selectOption("approve");
    await admin.getByLabel(requests.comment!).fill("Текшерилди");
    await admin.getByRole("button", { name: requests.submitDecision! }).click();
    await expect(admin.getByTestId("notice")).toHaveText(requests.done!.approved!);
    await accountant.goto(`/${locale}/office/bank`);
    await expect(accountant.getByTestId("waiting-transfer").filter({ hasText: `${number}4` })).toHaveCount(0);
    await expect(accountant.getByTestId("waiting-transfer").filter({ hasText: `${number}3` })).toHaveCount(1);

    // The report: two recorded at upload, one decided since, one waiting.
    // (Its own statement: the other language's test uploads one at the same time.)
    await accountant.goto(report!);
    await expect(accountant.getByRole("heading", { level: 1 })).toContainText(/\d+/);
    const summary = accountant.getByRole("region", { name: bank.summaryTitle! });
    await expect(summary.locator('tr[data-outcome="recorded"]')).toContainText("3");
    await expect(summary.locator('tr[data-outcome="waiting"]')).toContainText("1");
    await expect(accountant.getByTestId("statement-line")).toHaveCount(4);
    await expectNoAxeViolations(accountant);

    // The clients see the transfers on their invoices.
    const paid = (messages(locale).invoice!.status as Record<string, string>)!;
    await page.goto(`/${locale}/invoice/${exact}`);
    await expect(page.getByTestId("invoice-status")).toHaveText(paid.paid!);
    await expect(page.getByTestId("invoice-payments")).toContainText(
      (messages(locale).invoice!.receipt as Record<string, Record<string, string>>).method!.bank!,
    );
    await page.goto(`/${locale}/invoice/${partly}`);
    await expect(page.getByTestId("invoice-status")).toHaveText(paid.partly_paid!);
  });
}
