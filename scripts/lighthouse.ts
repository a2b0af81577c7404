// npm run lighthouse [-- /ky/megapay /ru/megapay … --no-build --assert]: Lighthouse (mobile, default throttling) in
// Debian's Chromium against the production build on 127.0.0.1. Prints the four category scores
// per page; with --assert it exits 1 when the guide's targets are missed (performance ≥ 95,
// the others 100).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { build, buildIsCurrent } from "./build";
import { startApp } from "./test/app-server";

const assert = process.argv.includes("--assert");
const pages = process.argv.slice(2).filter((arg) => arg.startsWith("/"));
if (pages.length === 0) pages.push("/ky/megapay", "/ru/megapay");

// The pages' canonical links must name the origin Lighthouse visits, so the build is made for it.
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3199);
const siteUrl = `http://127.0.0.1:${port}`;
const reuseBuild = process.argv.includes("--no-build") && buildIsCurrent(siteUrl);
if (!reuseBuild && !build(siteUrl)) process.exit(1);

const database = path.join(mkdtempSync(path.join(tmpdir(), "dostek-lh-")), "lh.db");
const app = await startApp({ DATABASE_URL: `file:${database}`, SITE_URL: siteUrl }, { port });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
  ],
});

const targets = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
let missed = false;
try {
  for (const page of pages) {
    const result = await lighthouse(`${app.url}${page}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(targets),
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.keys(targets).map(
      (id) => [id, Math.round((categories[id]?.score ?? 0) * 100)] as const,
    );
    console.log(`${page}: ${scores.map(([id, score]) => `${id} ${score}`).join(", ")}`);
    for (const [id, score] of scores) {
      if (score < targets[id as keyof typeof targets]) {
        missed = true;
        const failing = Object.values(result?.lhr.audits ?? {})
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) => {
            const items =
              (
                audit.details as
                  { items?: { description?: string; source?: string; url?: string }[] } | undefined
              )?.items ?? [];
            const detail = items
              .map((item) => item.description ?? item.url ?? item.source)
              .filter(Boolean)
              .slice(0, 3)
              .join(" | ");
            return `    ${audit.id}: ${audit.displayValue ?? audit.score}${detail ? ` (${detail})` : ""}`;
          });
        console.log(`  ${id} below target:\n${failing.join("\n")}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await app.stop();
  rmSync(path.dirname(database), { recursive: true, force: true });
}
if (assert && missed) process.exit(1);
