import { expect } from "@playwright/test";
import { dayMs, formatBishkekDate } from "../lib/dates";
import { expectNoAxeViolations, messageTree, test } from "./fixtures";
import { registerOnline, uniqueOrganizationInn } from "./registration";
import { e2eDatabase, sqliteDate } from "./server-actions";

const messages = (locale: "ky" | "ru") =>
  messageTree<{
    invoice: { progress: Record<string, string> };
  }>(locale);

// The invoice page follows the signature's way in both languages: to pay, then the documents at
// the chosen office (with what to bring), then issued and valid until a date.

for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: the invoice page shows where the application is`, async ({ page }) => {
    test.setTimeout(60_000);
    const words = messages(locale).invoice.progress;
    const inn = uniqueOrganizationInn();
    const number = await registerOnline(page, locale, inn, `ОсОО Жол ${locale}`);
    const progress = page.getByTestId("invoice-progress");
    await expect(progress.getByRole("heading", { level: 2 })).toHaveText(words.title!);
    await expect(progress.locator('[data-step="paid"]')).toHaveAttribute("data-state", "now");
    await expect(progress.locator('[aria-current="step"]')).toContainText(words.paidNow!);
    await expect(progress.locator('[data-step="documents"]')).toHaveAttribute("data-state", "next");
    await expect(page.getByTestId("invoice-bring")).toContainText(words.bringTitle!);
    await expectNoAxeViolations(page);

    // Paid, documents checked and the signature issued (written as the office would).
    const db = e2eDatabase({ writable: true });
    db.pragma("busy_timeout = 5000");
    const now = new Date();
    const validTo = new Date(now.getTime() + 365 * dayMs);
    const { id: applicationId } = db
      .prepare("SELECT applicationId AS id FROM Invoice WHERE number = ?")
      .get(number) as { id: number };
    db.prepare(
      "UPDATE Invoice SET status = 'paid', paidTyiyn = amountTyiyn, paidAt = ? WHERE number = ?",
    ).run(sqliteDate(now), number);
    db.prepare(
      "UPDATE Application SET status = 'signatureIssued', documentsCheckedAt = ?, documentsCheckedById = 'e2e' WHERE id = ?",
    ).run(sqliteDate(now), applicationId);
    db.prepare(
      "INSERT INTO SignatureIssue (applicationId, serial, validFrom, validTo, issuedById, issuedAt) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(applicationId, `JOL-${inn}`, sqliteDate(now), sqliteDate(validTo), "e2e", sqliteDate(now));
    db.close();

    await page.reload();
    for (const step of ["paid", "documents", "issued"])
      await expect(progress.locator(`[data-step="${step}"]`)).toHaveAttribute("data-state", "done");
    await expect(progress.locator('[data-step="issued"]')).toContainText(formatBishkekDate(validTo));
    await expect(page.getByTestId("invoice-bring")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
