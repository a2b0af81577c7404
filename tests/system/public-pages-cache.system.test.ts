import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/server/db/migrations";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/test/throwaway-postgres";

// The public pages that show prices are kept after their first render (issue 11): a visit does
// not read the database. Proven by taking the database away: they keep answering with the prices.
describe("public pages while PostgreSQL is down", () => {
  let cluster: ThrowawayPostgres;
  let app: AppServer;
  const pages = ["/ky", "/ru", "/ky/register", "/ru/register", "/ky/invoice", "/ru/invoice", "/ru/megapay"];
  const get = async (path: string) => {
    const response = await fetch(`${app.url}${path}`);
    return {
      status: response.status,
      cache: response.headers.get("x-nextjs-cache"),
      html: await response.text(),
    };
  };

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE pages");
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, "/pages");
    await applyMigrations(url);
    app = await startApp({ DATABASE_URL: url });
  });
  afterAll(async () => {
    await app?.stop();
    cluster?.remove();
  });

  it("serve what they rendered first, prices included, without the database", async () => {
    const first = new Map<string, string>();
    for (const path of pages) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      first.set(path, page.html);
    }
    for (const path of ["/ky", "/ru/register"]) expect(first.get(path), path).toMatch(/1\s510,00/); // cloud-head, config/published-tariffs.json
    // Nothing per visitor in the cached registration form: its key is made in the browser.
    expect(first.get("/ru/register")).toMatch(/name="submissionKey" value=""/);

    cluster.stop();
    try {
      for (const path of pages) {
        const page = await get(path);
        expect(page.status, path).toBe(200);
        expect(page.cache, path).toBe("HIT");
        expect(page.html, path).toBe(first.get(path));
      }
    } finally {
      cluster.start();
    }
  });
});
