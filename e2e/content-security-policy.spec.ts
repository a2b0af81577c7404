import { expect, test } from "@playwright/test";
import { locales } from "./fixtures";
import { fillRegistration, invoiceNumberOnPage, uniqueOrganizationInn } from "./registration";

// Every page works under the Content-Security-Policy the server sends: no violation is reported
// while it loads, hydrates and is used.
test("the pages pass their Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
      ),
    );
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto("/ru/register");
  await fillRegistration(page, {
    clientType: "legal",
    inn: uniqueOrganizationInn(),
    organizationName: "ОсОО Политика",
    headName: "Асанов Асан",
    phone: "+996 555 123 456",
    office: "osh",
    tariffs: { rutoken: 1 },
  });
  await page.getByRole("button", { name: "Зарегистрироваться и получить счёт" }).click();
  const number = await invoiceNumberOnPage(page);
  for (const locale of locales) {
    for (const path of [
      "",
      "/register",
      "/invoice",
      `/invoice/${number}`,
      `/megapay?invoice=${number}`,
      "/nowhere",
    ]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
      await page.waitForLoadState("networkidle");
    }
  }
  expect(violations).toEqual([]);
});
