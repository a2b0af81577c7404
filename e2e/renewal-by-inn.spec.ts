import { expect } from "@playwright/test";
import { dayMs } from "../lib/dates";
import { expectNoAxeViolations, messageTree, test } from "./fixtures";
import { registerOnline, uniqueOrganizationInn } from "./registration";
import { e2eDatabase, sqliteDate } from "./server-actions";

const messages = (locale: "ky" | "ru") =>
  messageTree<{
    renew: Record<string, string>;
  }>(locale);

// The public renewal by INN and an SMS code, in both languages. The browser tests' server sends no
// SMS (SMS_PROVIDER is unset); the code is read where the outbox would read it.

for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: a client renews by INN, phone and the code from the SMS`, async ({ page }) => {
    test.setTimeout(90_000);
    const words = messages(locale).renew;
    const inn = uniqueOrganizationInn();
    const first = await registerOnline(page, locale, inn, `ОсОО Код ${locale}`);
    const db = e2eDatabase({ writable: true });
    db.pragma("busy_timeout = 5000");
    const { id: applicationId } = db
      .prepare("SELECT applicationId AS id FROM Invoice WHERE number = ?")
      .get(first) as { id: number };
    const now = Date.now();
    db.prepare("UPDATE Invoice SET status = 'paid', paidTyiyn = amountTyiyn WHERE number = ?").run(first);
    const { lastInsertRowid: signatureId } = db
      .prepare(
        "INSERT INTO SignatureIssue (applicationId, serial, validFrom, validTo, issuedById, issuedAt) VALUES (?, ?, ?, ?, ?, ?)",
      )
      .run(
        applicationId,
        `KOD-${inn}`,
        sqliteDate(new Date(now - 360 * dayMs)),
        sqliteDate(new Date(now + 5 * dayMs)),
        "e2e",
        sqliteDate(new Date(now - 360 * dayMs)),
      );

    await page.goto(`/${locale}/register`);
    await page.getByRole("link", { name: words.startLink! }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/renew$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.startTitle!);
    await expectNoAxeViolations(page);
    await page.getByLabel(words.innLabel!).fill(inn);
    await page.getByLabel(words.phoneLabel!).fill("0555 010 203");
    await page.getByRole("button", { name: words.sendCode! }).click();
    await expect(page.getByText(words.codeSent!)).toBeVisible();
    const { code } = db
      .prepare("SELECT code FROM RenewalCode WHERE signatureId = ? ORDER BY id DESC")
      .get(signatureId) as { code: string };
    db.close();

    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel(words.codeLabel!).fill(wrong);
    await page.getByRole("button", { name: words.continue! }).click();
    await expect(page.locator("#renew-error")).toHaveText(words.errorCode!);
    await expectNoAxeViolations(page);
    await page.getByLabel(words.codeLabel!).fill(code);
    await page.getByRole("button", { name: words.continue! }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/r/[A-Za-z0-9_-]{12}$`));
    await expect(page.getByText(`KOD-${inn}`)).toBeVisible();
    await page.getByTestId("issue-renewal").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/invoice/\\d{16}$`));
  });

  test(`${locale}: an INN that is not ours gets the same answer`, async ({ page }) => {
    const words = messages(locale).renew;
    await page.goto(`/${locale}/renew`);
    await page.getByLabel(words.innLabel!).fill("01999999999990");
    await page.getByLabel(words.phoneLabel!).fill("0700 123 456");
    await page.getByRole("button", { name: words.sendCode! }).click();
    await expect(page.getByText(words.codeSent!)).toBeVisible();
  });
}
