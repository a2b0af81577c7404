import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { basicAuth, callMegapay, megapayEnv, nextTxnId, txnDate } from "./megapay-client";

const token = "metrics-token-for-the-system-test-0123456789";
const scrape = (app: AppServer, auth?: string) =>
  fetch(`${app.url}/api/metrics`, { headers: auth ? { Authorization: auth } : {} });

// A value of one series in Prometheus' text format, or undefined when the series is absent.
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

// Prometheus scraping /api/metrics as docs/operations.md tells it to: by token, by address, and
// closed when neither is configured; the counters move with the MegaPay traffic.
describe("metrics over HTTP", () => {
  let t: TestDatabase;
  let byToken: AppServer;
  let byAddress: AppServer;
  let closed: AppServer;
  const inn = "03030303030303";

  beforeAll(async () => {
    t = await createTestDatabase("sqlite", inject("postgresAdminUrl"));
    [byToken, byAddress, closed] = await Promise.all([
      startApp({ DATABASE_URL: t.url, ...megapayEnv, METRICS_TOKEN: token }),
      startApp({ DATABASE_URL: t.url, METRICS_ALLOWED_IPS: "127.0.0.1, ::1" }),
      startApp({ DATABASE_URL: t.url }),
    ]);
    await registerTestClient(t.db, "metrics", { inn });
    await connectToSoci(t.db, inn);
  });
  afterAll(async () => {
    await Promise.all([byToken?.stop(), byAddress?.stop(), closed?.stop()]);
    await t?.drop();
  });

  it("answers only Prometheus' token or an allowed address, and 503 when neither is set", async () => {
    expect((await scrape(closed, `Bearer ${token}`)).status).toBe(503);
    expect((await scrape(byToken)).status).toBe(401);
    expect((await scrape(byToken, "Bearer not-the-token-at-all-0123456789abcdef")).status).toBe(401);
    expect((await scrape(byToken, `Basic ${Buffer.from(`x:${token}`).toString("base64")}`)).status).toBe(401);
    const ok = await scrape(byToken, `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect((await scrape(byAddress)).status).toBe(200);
  });

  it("counts MegaPay's requests by result, their latency, refusals, and the payments by source", async () => {
    const pay = (sum: string) =>
      callMegapay(byToken.url, "soci", {
        command: "pay",
        txn_id: nextTxnId(),
        account: inn,
        sum,
        txn_date: txnDate,
      });
    expect((await pay("12.34")).result).toBe(0);
    expect((await pay("0.50")).result).not.toBe(0); // below SOCI_MIN_SUM
    const refused = await fetch(`${byToken.url}/api/megapay/soci?command=check&txn_id=1&account=${inn}`, {
      headers: { Authorization: basicAuth("megapay-test", "a wrong password") },
    });
    expect(refused.status).toBe(401);

    const text = await (await scrape(byToken, `Bearer ${token}`)).text();
    expect(sample(text, 'dostek_megapay_requests_total{service="soci",command="pay",result="0"}')).toBe(1);
    const refusedPays = text
      .split("\n")
      .filter(
        (l) =>
          l.startsWith('dostek_megapay_requests_total{service="soci",command="pay",result="') &&
          !l.includes('result="0"'),
      );
    expect(refusedPays.map((l) => Number(l.split(" ")[1]))).toEqual([1]);
    expect(sample(text, 'dostek_megapay_request_duration_seconds_count{service="soci",command="pay"}')).toBe(
      2,
    );
    expect(sample(text, 'dostek_megapay_refused_total{status="401"}')).toBe(1);
    // From the database, so the other instance reports the same.
    expect(sample(text, 'dostek_payments{source="megapay"}')).toBe(1);
    expect(sample(text, 'dostek_payments_tyiyn{source="megapay"}')).toBe(1234);
    expect(sample(text, 'dostek_payments{source="cash"}')).toBe(0);
    expect(sample(text, "dostek_reconciliation_unresolved_differences")).toBe(0);
    expect(sample(text, "dostek_notifications_failed")).toBe(0);
    expect(sample(text, "dostek_notifications_pending")).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'dostek_notification_messages_sent{channel="sms"}')).toBe(0);
    expect(sample(text, 'dostek_signature_reminders{state="sent"}')).toBe(0);
    expect(text).toContain("process_resident_memory_bytes");
    const other = await (await scrape(byAddress)).text();
    expect(sample(other, 'dostek_payments_tyiyn{source="megapay"}')).toBe(1234);
    expect(
      sample(other, 'dostek_megapay_requests_total{service="soci",command="pay",result="0"}'),
    ).toBeUndefined();
  });
});
