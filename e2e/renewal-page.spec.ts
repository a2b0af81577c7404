import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import { dayMs } from "../lib/dates";
import { expectNoAxeViolations, messageTree, test } from "./fixtures";
import { signInNewAdmin } from "./office";
import { registerOnline, uniqueOrganizationInn } from "./registration";
import { e2eDatabase, sqliteDate } from "./server-actions";

type Words = Record<string, string>;
const messages = (locale: "ky" | "ru") => messageTree<{ renew: Words; office: { client: Words } }>(locale);

// From a reminder's link to the renewal invoice, in both languages: the page shows the signature
// and today's price, one press issues the invoice, the link then shows that invoice instead of a
// second one; an unknown link says so with 404; staff can turn the client's reminders off.

for (const locale of ["ky", "ru"] as const) {
  test(`${locale}: a reminder's link issues the renewal invoice once`, async ({ page }) => {
    test.setTimeout(90_000);
    const words = messages(locale);
    const inn = uniqueOrganizationInn();
    const name = `ОсОО Эскертме ${locale}`;
    const first = await registerOnline(page, locale, inn, name);
    // Paid and handed out a year ago less five days (the clock moved, not waited for), with the
    // link its first reminder gave it.
    const token = randomBytes(9).toString("base64url");
    const db = e2eDatabase({ writable: true });
    db.pragma("busy_timeout = 5000");
    const { id: applicationId } = db
      .prepare("SELECT applicationId AS id FROM Invoice WHERE number = ?")
      .get(first) as { id: number };
    const now = Date.now();
    db.prepare("UPDATE Application SET status = 'signatureIssued' WHERE id = ?").run(applicationId);
    db.prepare("UPDATE Invoice SET status = 'paid', paidTyiyn = amountTyiyn WHERE number = ?").run(first);
    db.prepare(
      "INSERT INTO SignatureIssue (applicationId, serial, validFrom, validTo, issuedById, issuedAt, renewalToken) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).run(
      applicationId,
      `REN-${inn}`,
      sqliteDate(new Date(now - 360 * dayMs)),
      sqliteDate(new Date(now + 5 * dayMs)),
      "e2e",
      sqliteDate(new Date(now - 360 * dayMs)),
      token,
    );
    db.close();

    await page.goto(`/${locale}/r/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.renew.title!);
    await expect(page.getByText(`REN-${inn}`)).toBeVisible();
    await expect(page.getByText(name)).toBeVisible();
    await expect(page.getByTestId("renewal-total")).toContainText("сом");
    await expectNoAxeViolations(page);
    await page.getByTestId("issue-renewal").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/invoice/\\d{16}$`));
    const renewal = (await page.getByTestId("invoice-number").textContent())!.replace(/\s/g, "");
    expect(renewal).not.toBe(first);

    // Again: the same invoice, no button for a second.
    await page.goto(`/${locale}/r/${token}`);
    await expect(page.getByTestId("issue-renewal")).toHaveCount(0);
    await page.getByRole("link", { name: words.renew.openInvoice! }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/invoice/${renewal}$`));

    const unknown = await page.goto(`/${locale}/r/AAAAAAAAAAAA`);
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.renew.unknownTitle!);

    // Staff turn the client's reminders off.
    await signInNewAdmin(page, locale, `Админ Эскертме ${locale}`);
    await page.goto(`/${locale}/office/clients/${inn}`);
    await expect(page.getByTestId("reminders-state")).toHaveText(words.office.client.remindersOnText!);
    await page.getByRole("button", { name: words.office.client.remindersTurnOff! }).click();
    await expect(page.getByTestId("reminders-state")).toHaveText(words.office.client.remindersOffText!);
  });
}
