import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { basicAuth, megapayEnv } from "./megapay-client";

const allowed = "203.0.113.7";
const check = "command=check&txn_id=1&account=01234567890123";
const forged = {
  "x-dostek-client-address": allowed,
  "x-dostek-client-address-proof": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "x-forwarded-for": allowed,
};

const megapay = (app: AppServer, headers: Record<string, string>) =>
  fetch(`${app.url}/api/megapay/soci?${check}`, { headers: { Authorization: basicAuth(), ...headers } });

describe("the client address cannot be forged", () => {
  let t: TestDatabase;
  const apps: AppServer[] = [];
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", inject("postgresAdminUrl"));
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await t?.drop();
  });

  it("under a plain `next start` the address headers are ignored: 403 from the allow-list", async () => {
    const app = await startApp(
      { DATABASE_URL: t.url, ...megapayEnv, MEGAPAY_ALLOWED_IPS: allowed },
      { runner: "next-start" },
    );
    apps.push(app);
    expect((await megapay(app, forged)).status).toBe(403);
    expect((await megapay(app, { "x-dostek-client-address": allowed })).status).toBe(403);
  });

  it("behind our server a client's own address headers are replaced", async () => {
    const app = await startApp({ DATABASE_URL: t.url, ...megapayEnv, MEGAPAY_ALLOWED_IPS: allowed });
    apps.push(app);
    expect((await megapay(app, forged)).status).toBe(403);
    const local = await startApp({ DATABASE_URL: t.url, ...megapayEnv, MEGAPAY_ALLOWED_IPS: "127.0.0.1" });
    apps.push(local);
    expect((await megapay(local, forged)).status).toBe(200);
  });
});

describe("security headers", () => {
  let t: TestDatabase;
  let app: AppServer;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", inject("postgresAdminUrl"));
    app = await startApp({ DATABASE_URL: t.url, ...megapayEnv });
  });
  afterAll(async () => {
    await app?.stop();
    await t?.drop();
  });

  const get = (path: string, init?: RequestInit) =>
    fetch(`${app.url}${path}`, { redirect: "manual", ...init });

  it.each([
    "/ky",
    "/ru/register",
    "/api/health",
    `/api/megapay/soci?${check}`,
    "/ru/no-such-page",
    "/robots.txt",
  ])("on %s", async (path) => {
    const response = await get(path, { headers: { Authorization: basicAuth() } });
    const h = response.headers;
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(h.get("content-security-policy")).toContain("default-src 'self'");
    expect(h.get("content-security-policy")).toContain("object-src 'none'");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // The build is made for the SITE_URL it serves; npm test builds for https://dostek.kg.
    const https = app.siteUrl.startsWith("https://");
    expect(h.get("strict-transport-security")).toBe(https ? "max-age=31536000; includeSubDomains" : null);
  });

  it.each([
    "/ru/invoice",
    "/ky/invoice/1234567890123452",
    "/ru/megapay",
    "/api/invoices/1234567890123452/status",
  ])("no Referer from %s, which can carry an invoice number", async (path) => {
    expect((await get(path)).headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("the back office is never cached or indexed", async () => {
    for (const path of ["/ru/office/login", "/ky/office", "/ky/office/payments"]) {
      const h = (await get(path)).headers;
      expect(h.get("cache-control"), path).toMatch(/private/);
      expect(h.get("cache-control"), path).toMatch(/no-store/);
      expect(h.get("x-robots-tag"), path).toBe("noindex, nofollow");
    }
    expect(await (await get("/robots.txt")).text()).toMatch(/Disallow: \/ky\/office/);
  });
});
