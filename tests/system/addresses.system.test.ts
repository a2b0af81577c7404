import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { basicAuth, megapayEnv } from "./megapay-client";

// A GET from a chosen loopback address (Linux answers all of 127.0.0.0/8), to a chosen one.
function get(
  url: string,
  { from, to = "127.0.0.1", headers = {} }: { from: string; to?: string; headers?: Record<string, string> },
): Promise<{ status: number; retryAfter: string | undefined }> {
  const { port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: to, port, path: `${pathname}${search}`, localAddress: from, headers, agent: false },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const check = "/api/megapay/soci?command=check&txn_id=1&account=01111111111111";

describe("the server's addresses", () => {
  let t: TestDatabase;
  const apps: AppServer[] = [];
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", inject("postgresAdminUrl"));
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await t?.drop();
  });

  it("reads X-Forwarded-For only from a trusted proxy's address, and listens only on HOST", async () => {
    const app = await startApp({
      DATABASE_URL: t.url,
      ...megapayEnv,
      MEGAPAY_ALLOWED_IPS: "203.0.113.0/24",
      TRUST_PROXY_ADDRESSES: "127.0.0.2",
      HOST: "127.0.0.1",
    });
    apps.push(app);
    const url = `${app.url}${check}`;
    const claiming = { Authorization: basicAuth(), "X-Forwarded-For": "203.0.113.5" };
    // Anyone else who reaches the port is their own address, whatever they claim.
    expect((await get(url, { from: "127.0.0.1", headers: claiming })).status).toBe(403);
    expect((await get(url, { from: "127.0.0.3", headers: claiming })).status).toBe(403);
    // The proxy's record is believed; what the client put before it is not.
    expect((await get(url, { from: "127.0.0.2", headers: claiming })).status).toBe(200);
    const prepended = { ...claiming, "X-Forwarded-For": "203.0.113.5, 198.51.100.7" };
    expect((await get(url, { from: "127.0.0.2", headers: prepended })).status).toBe(403);
    // HOST=127.0.0.1: not listening on the machine's other addresses.
    await expect(get(url, { from: "127.0.0.1", to: "127.0.0.4", headers: claiming })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });

  it("throttles wrong MegaPay credentials per address: ten, then a wait, even for the right ones; others unaffected", async () => {
    const app = await startApp({
      DATABASE_URL: t.url,
      ...megapayEnv,
      MEGAPAY_ALLOWED_IPS: "",
      TRUST_PROXY_ADDRESSES: "127.0.0.1",
    });
    apps.push(app);
    const url = `${app.url}${check}`;
    const from = (address: string, authorization: string) =>
      get(url, { from: "127.0.0.1", headers: { Authorization: authorization, "X-Forwarded-For": address } });
    const wrong = basicAuth(undefined, "not the password, but long");
    const statuses = await Promise.all(Array.from({ length: 10 }, () => from("198.51.100.20", wrong)));
    expect(statuses.map((s) => s.status)).toEqual(Array(10).fill(401));
    const refused = await from("198.51.100.20", wrong);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await from("198.51.100.20", basicAuth())).status).toBe(429);
    expect((await from("198.51.100.21", basicAuth())).status).toBe(200);
    expect(app.output()).toMatch(/MEGAPAY_ALLOWED_IPS is empty/);
  });
});
