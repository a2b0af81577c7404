import { expect } from "@playwright/test";
import { dayMs } from "../lib/dates";
import { expectNoAxeViolations, messageTree, test } from "./fixtures";
import { signInNewAdmin } from "./office";
import { e2eDatabase, sqliteDate } from "./server-actions";
import { registerOnline, uniqueOrganizationInn } from "./registration";

const messages = (locale: "ky" | "ru") =>
  messageTree<{
    office: Record<string, Record<string, string> & Record<string, Record<string, string>>>;
  }>(locale);

// Signatures to renew, in both languages: one handed out a year ago expires in ten days; Today
// counts it, the list shows it, the renewal invoice is issued from the list and shows there, and
// the CSV has it.
for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: a signature about to expire is listed, counted on Today, renewed from the list and exported`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const words = messages(locale).office;
    const signatures = words.signatures as Record<string, string> & Record<string, Record<string, string>>;
    const inn = uniqueOrganizationInn();
    const name = `ОсОО Узартуу ${locale}`;
    const client = await browser.newPage();
    const invoice = await registerOnline(client, locale, inn, name);
    await client.close();
    // Paid and handed out a year ago (the clock moved, not waited for): valid for ten more days.
    const db = e2eDatabase({ writable: true });
    db.pragma("busy_timeout = 5000");
    const { id: applicationId } = db
      .prepare("SELECT applicationId AS id FROM Invoice WHERE number = ?")
      .get(invoice) as { id: number };
    const now = Date.now();
    db.prepare("UPDATE Application SET status = 'signatureIssued' WHERE id = ?").run(applicationId);
    db.prepare("UPDATE Invoice SET status = 'paid', paidTyiyn = amountTyiyn WHERE number = ?").run(invoice);
    db.prepare(
      "INSERT INTO SignatureIssue (applicationId, serial, validFrom, validTo, issuedById, issuedAt) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(
      applicationId,
      `E2E-${inn}`,
      sqliteDate(new Date(now - 355 * dayMs)),
      sqliteDate(new Date(now + 10 * dayMs)),
      "e2e",
      sqliteDate(new Date(now - 355 * dayMs)),
    );
    db.close();

    await signInNewAdmin(page, locale, "Админ Узартуу");
    await page.goto(`/${locale}/office`);
    await expect(page.getByTestId("today-expiring-osh")).toBeVisible();
    await page.getByTestId("today-expiring-osh").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/office/signatures\\?office=osh$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(signatures.title!);
    const row = page.getByTestId("expiring-row").filter({ hasText: inn });
    await expect(row).toContainText(name);
    await expect(row).toContainText(signatures.renewalStates!.none!);
    await expectNoAxeViolations(page);

    // The renewal invoice, from the list: the client's data filled in, a tariff chosen.
    await row.getByRole("link", { name: signatures.issueRenewal! }).click();
    await expect(page.locator('input[name="inn"]')).toHaveValue(inn);
    await page.locator('input[name="tariff"][value="rutoken"]').check();
    await page.locator('input[name="consent"]').check();
    await page
      .locator("form", { has: page.locator('input[name="inn"]') })
      .locator('button[type="submit"]')
      .click();
    await expect(page).toHaveURL(/\/invoice\/\d{16}\?print=1$/);
    const renewal = (await page.getByTestId("invoice-number").textContent())!.replace(/\s/g, "");
    expect(renewal).not.toBe(invoice);

    await page.goto(`/${locale}/office/signatures?office=osh`);
    await expect(row).toContainText(signatures.renewalStates!.awaiting!);
    await expect(row.getByRole("link", { name: renewal })).toBeVisible();

    // The same rows as CSV, with the renewal's invoice.
    const csv = await page.request.get(`/${locale}/office/signatures/export?office=osh`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    const line = text.split("\n").find((l) => l.includes(inn));
    expect(line).toContain(renewal);
    expect(line).toContain(signatures.renewalStates!.awaiting!);
  });
}
