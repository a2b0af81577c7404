import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { basicAuth, megapayEnv } from "./megapay-client";

// Who may call the MegaPay API at all: credentials configured, the address allow-list, proxies.
describe("MegaPay API access settings", () => {
  let t: TestDatabase;
  const apps: AppServer[] = [];
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", inject("postgresAdminUrl"));
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await t?.drop();
  });

  const check = "command=check&txn_id=1&account=01111111111111";

  it("is off (503) until credentials are configured", async () => {
    const app = await startApp({ DATABASE_URL: t.url });
    apps.push(app);
    expect(
      (await fetch(`${app.url}/api/megapay/soci?${check}`, { headers: { Authorization: basicAuth() } }))
        .status,
    ).toBe(503);
  });

  it("refuses a peer outside the allow-list even when it sends an allowed X-Forwarded-For", async () => {
    const app = await startApp({ DATABASE_URL: t.url, ...megapayEnv, MEGAPAY_ALLOWED_IPS: "203.0.113.5" });
    apps.push(app);
    const response = await fetch(`${app.url}/api/megapay/soci?${check}`, {
      headers: { Authorization: basicAuth(), "X-Forwarded-For": "203.0.113.5" },
    });
    expect(response.status).toBe(403);
  });

  it("behind one trusted proxy, checks the address the proxy recorded", async () => {
    const app = await startApp({
      DATABASE_URL: t.url,
      ...megapayEnv,
      MEGAPAY_ALLOWED_IPS: "203.0.113.0/24",
      TRUST_PROXY_HOPS: "1",
    });
    apps.push(app);
    const via = (forwarded: string) =>
      fetch(`${app.url}/api/megapay/soci?${check}`, {
        headers: { Authorization: basicAuth(), "X-Forwarded-For": forwarded },
      });
    expect((await via("203.0.113.5")).status).toBe(200);
    expect((await via("203.0.113.5, 198.51.100.7")).status).toBe(403);
    expect(
      (await fetch(`${app.url}/api/megapay/soci?${check}`, { headers: { Authorization: basicAuth() } }))
        .status,
    ).toBe(403);
  });
});
