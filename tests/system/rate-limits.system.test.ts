import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { rateLimits } from "@/config/rate-limits";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { createTestDatabase, testProviders, type TestDatabase } from "@/scripts/test/test-database";

// Two instances on one database count one limit per client: the counters are in the database.
describe.each(testProviders)("rate limits shared by two instances on %s", (provider) => {
  let t: TestDatabase;
  let apps: AppServer[] = [];
  let invoice: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider, inject("postgresAdminUrl"));
    apps = await Promise.all([1, 2].map(() => startApp({ DATABASE_URL: t.url, TRUST_PROXY_HOPS: "1" })));
    invoice = await registerTestClient(t.db, "limits-1", { inn: "01616161616161" });
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await t?.drop();
  });

  const pdf = (app: AppServer, from: string) =>
    fetch(`${app.url}/ru/invoice/${invoice}/pdf`, { headers: { "X-Forwarded-For": from } });

  it("PDF downloads: the limit holds across instances and across an IPv6 /64", async () => {
    const limit = rateLimits["invoice-pdf"];
    for (let i = 0; i < limit; i++) {
      // Each request from another address of the same /64, to the other instance.
      const response = await pdf(apps[i % 2]!, `2001:db8:7:7::${(i + 1).toString(16)}`);
      expect(response.status, `request ${i + 1}`).toBe(200);
      await response.arrayBuffer();
    }
    for (const app of apps) {
      const refused = await pdf(app, "2001:db8:7:7:ffff::1");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Слишком много загрузок/);
    }
    // Another /64, another IPv4 address: their own limits.
    expect((await pdf(apps[0]!, "2001:db8:7:8::1")).status).toBe(200);
    expect((await pdf(apps[1]!, "198.51.100.77")).status).toBe(200);
  });

  it("the status endpoint answers 429 with Retry-After past its limit", async () => {
    const limit = rateLimits["invoice-status"];
    const from = "203.0.113.99";
    const statuses = new Map<number, number>();
    const total = limit + 10;
    for (let i = 0; i < total; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, total - i) }, (_, j) =>
          fetch(`${apps[(i + j) % 2]!.url}/api/invoices/${invoice}/status`, {
            headers: { "X-Forwarded-For": from },
          }),
        ),
      );
      for (const r of batch) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    // Exactly `limit` within one window; a window edge during the run may let one or two more by.
    expect(statuses.get(200)).toBeGreaterThanOrEqual(limit);
    expect(statuses.get(429)).toBeGreaterThanOrEqual(8);
    expect(statuses.get(200)! + statuses.get(429)!).toBe(total);
  });

  // The page renders its own words with the status a client and a crawler can act on (our
  // server sets it: server/http/response-status.ts).
  it("the invoice page counts lookups, answers 404 for an unknown number and 429 past the limit", async () => {
    const limit = rateLimits["invoice-lookup"];
    const from = "203.0.113.120";
    const page = (app: AppServer, number: string) =>
      fetch(`${app.url}/ru/invoice/${number}`, { headers: { "X-Forwarded-For": from } });
    const unknown = invoice.slice(0, 15) + String((Number(invoice[15]) + 5) % 10);
    for (let i = 0; i < limit; i++) {
      const response = await page(apps[i % 2]!, i % 3 === 0 ? unknown : invoice);
      expect(response.status, `request ${i + 1}`).toBe(i % 3 === 0 ? 404 : 200);
      await response.arrayBuffer();
    }
    const refused = await page(apps[0]!, invoice);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("Слишком много запросов");
  });
});
