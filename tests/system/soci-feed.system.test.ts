import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { createTestDatabase, testProviders, type TestDatabase } from "@/scripts/test/test-database";
import { callMegapay, megapayEnv } from "./megapay-client";

const token = "soci-feed-token-for-the-system-test-0123456789";
const feed = (app: AppServer, query: string, auth: string | null = `Bearer ${token}`) =>
  fetch(`${app.url}/api/soci/top-ups${query}`, { headers: auth ? { Authorization: auth } : {} });

interface FeedAnswer {
  entries: {
    cursor: string;
    inn: string;
    amountTyiyn: number;
    amountSom: string;
    source: string;
    reference: string;
  }[];
  nextCursor: string;
}

// SOChI reading the top-ups MegaPay paid, over HTTP, as its consumer would: pages, a restart
// from the last cursor, and the token rules.
describe.each(testProviders)("SOChI's feed over HTTP on %s", (provider) => {
  let t: TestDatabase;
  let app: AppServer;
  beforeAll(async () => {
    t = await createTestDatabase(provider, inject("postgresAdminUrl"));
    app = await startApp({ DATABASE_URL: t.url, ...megapayEnv, SOCI_FEED_TOKEN: token });
    await registerTestClient(t.db, "feed", { inn: "02020202020202" });
    await connectToSoci(t.db, "02020202020202");
  });
  afterAll(async () => {
    await app?.stop();
    await t?.drop();
  });

  it("is closed without the right bearer token and refuses a bad cursor", async () => {
    expect((await feed(app, "", null)).status).toBe(401);
    expect((await feed(app, "", "Bearer wrong-token")).status).toBe(401);
    expect((await feed(app, "", `Basic ${Buffer.from(`x:${token}`).toString("base64")}`)).status).toBe(401);
    expect((await feed(app, "?after=-1")).status).toBe(400);
    expect((await feed(app, "?limit=5000")).status).toBe(400);
  });

  it("hands every MegaPay top-up out once, page by page, and again from a saved cursor", async () => {
    for (let i = 1; i <= 5; i++) {
      const paid = await callMegapay(app.url, "soci", {
        command: "pay",
        txn_id: `77${i}`,
        account: "02020202020202",
        sum: `${i}00.50`,
        txn_date: "20261126120000",
      });
      expect(paid.result).toBe(0);
    }
    const seen: FeedAnswer["entries"] = [];
    let cursor = "0";
    for (;;) {
      const response = await feed(app, `?after=${cursor}&limit=2`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const page = (await response.json()) as FeedAnswer;
      if (page.entries.length === 0) break;
      seen.push(...page.entries);
      cursor = page.nextCursor;
    }
    expect(seen.map((e) => [e.reference, e.amountTyiyn, e.amountSom, e.source, e.inn])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`77${i}`, i * 10_000 + 50, `${i}00.50`, "megapay", "02020202020202"]),
    );
    const again = (await (await feed(app, `?after=${seen[2]!.cursor}`)).json()) as FeedAnswer;
    expect(again.entries.map((e) => e.reference)).toEqual(["774", "775"]);
  });

  it.runIf(provider === "sqlite")("is off (503) while SOCI_FEED_TOKEN is unset", async () => {
    const closed = await startApp({ DATABASE_URL: t.url });
    try {
      expect((await feed(closed, "")).status).toBe(503);
    } finally {
      await closed.stop();
    }
  });
});
