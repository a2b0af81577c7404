import { expect, type Request } from "@playwright/test";
import { locales, test } from "./fixtures";
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

  // "Network idle" without the client router's prefetches: Next.js 16.4 keeps the response to a
  // segment prefetch of a page kept by incremental static regeneration open for about 30 s after
  // its body (navigation does not wait for it), which Playwright's networkidle would wait out.
  const pending = new Set<Request>();
  page.on("request", (r) => {
    if (!r.headers()["next-router-prefetch"]) pending.add(r);
  });
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
  const settled = async () => {
    await page.waitForLoadState("load");
    for (let quiet = 0; quiet < 5;) {
      await page.waitForTimeout(100);
      quiet = pending.size === 0 ? quiet + 1 : 0;
    }
  };

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
      await settled();
    }
  }
  expect(violations).toEqual([]);
});
