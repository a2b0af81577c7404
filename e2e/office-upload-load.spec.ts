import { expect } from "@playwright/test";
import { registryLimits } from "../lib/megapay-registry";
import { adversarialUploads } from "../scripts/test/adversarial-uploads";
import { megapayAuth } from "./megapay";
import { addStaff, completeFirstSignIn, uniqueEmail } from "./office";
import { test } from "./fixtures";

// A registry built to make a parser work hard, of the largest size allowed, uploaded through the
// page, while MegaPay asks `check`: the upload is refused with its line, and MegaPay is answered
// meanwhile (before, 3,200 spaces on the total line kept the server busy for 21 s, and neither
// `check` nor `pay` got an answer). The parsers' own tests hold each file to 2 s.
test("a hostile 5 MB registry is refused quickly, and MegaPay's check is answered meanwhile", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("accountant");
  addStaff(email, "Бухгалтер Нагрузка", "accountant");
  await completeFirstSignIn(page, "ru", email);
  await page.goto("/ru/office");
  await page.goto("/ru/office/reconciliation");
  const files = adversarialUploads(
    "txn_id,date,account,sum,service",
    "1001,2026-11-25 10:00:00,01234567890123,150.50,soci",
    registryLimits.bytes,
  ).filter((f) => ["a total line, spaces, then a letter", "many copies of a valid row"].includes(f.name));
  expect(files).toHaveLength(2);
  for (const [n, file] of files.entries()) {
    await page.getByLabel("Период: с").fill("26.11.2026");
    await page.getByLabel("по (включительно)").fill("26.11.2026");
    await page
      .getByLabel("Файл реестра")
      .setInputFiles({ name: `hostile-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(file.text) });
    const uploaded = page.getByRole("button", { name: "Сверить" }).click();
    const asked = Date.now();
    const check = await request.post("/api/megapay/soci", {
      headers: { Authorization: megapayAuth },
      form: { command: "check", txn_id: `${Date.now()}${n}`, account: "01234567890123", sum: "10.00" },
    });
    const answeredMs = Date.now() - asked;
    expect(await check.text(), file.name).toMatch(/<result>\d+<\/result>/);
    // A bound far above a normal answer (milliseconds) and far below a stalled server.
    expect(answeredMs, file.name).toBeLessThan(5_000);
    await uploaded;
    await expect(page.getByTestId("upload-problems"), file.name).toBeVisible();
  }
});
