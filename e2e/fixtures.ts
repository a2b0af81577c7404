import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { mixedScriptWords } from "../lib/mixed-script";

export const locales = ["ky", "ru"] as const;

// Every test is its own client. The app limits, per client address, how often one may register,
// look invoices up, download them or sign in; the server takes the client from X-Forwarded-For
// (one trusted hop, playwright.config.ts). So each test's pages, requests and the contexts it
// opens send an address of their own, and no test can use up a limit another test needs, in
// either worker. Specs import `test` from here (the linter refuses Playwright's own).
// - A context that sets extraHTTPHeaders replaces these: spread the fixture,
//   `{ ...extraHTTPHeaders, "Accept-Language": "ru" }` (home.spec.ts). Without the header a
//   request has no address and shares one "unknown" limit with every other such request.
// - A second client in one test: `{ "X-Forwarded-For": uniqueClientAddress() }`
//   (office-sign-in.spec.ts).
export const test = base.extend({
  // `provide` is Playwright's `use` callback, renamed: React's lint rule flags any call to `use(…)`.
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "X-Forwarded-For": uniqueClientAddress() });
  },
});

// A random /64 of 2001:db8::/32, the IPv6 range kept for examples (an IPv6 address counts as its
// /64, lib/rate-limit.ts): 2^32 choices, so two tests practically never share one. Fixed IPv4
// addresses and random ones from one small range did meet once, and a CI run failed on it.
export function uniqueClientAddress(): string {
  const group = () => randomInt(0x10000).toString(16);
  return `2001:db8:${group()}:${group()}::1`;
}

// axe-core's own `source` is its unminified build (1.27 MB), evaluated in the page at every check;
// the minified build (0.56 MB) checks the same rules in about half the time (0.55 s a check
// instead of 1.35 s on the heavier back-office pages). Resolved from @axe-core/playwright's own
// folder, so it is the axe-core version that package pins (it has its own nested copy).
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve(
    "axe-core/axe.min.js",
  ),
  "utf8",
);

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams the <title> after a client-side navigation: wait for it, then check.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page, axeSource })
    // Only violations are read: axe then skips collecting every passing node. (First: options()
    // replaces all options, the tags below included.)
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    // The pages have no frames, so the one-page run is enough (the default run opens a second
    // page to merge frames); a page that ever embeds an iframe needs the default run back.
    .setLegacyMode()
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  // Every page checked for accessibility is also checked for words written in two alphabets.
  expect(mixedScriptWords(await page.locator("body").innerText())).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

type MessageTree = { [key: string]: string | MessageTree };

// messages/<locale>.json as it is, for specs that read a whole section of it; `T` is the shape
// the spec reads (unchecked, as any JSON).
export function messageTree<T = MessageTree>(locale: (typeof locales)[number]): T {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, "..", "messages", `${locale}.json`), "utf8"),
  ) as T;
}

// A message of messages/<locale>.json by its key, for specs that check the words a page shows.
// Values from config/ ({wallet.*}, {company.*}) are left as written.
export function message(locale: (typeof locales)[number], key: string): string {
  const tree = messageTree(locale);
  const value = key
    .split(".")
    .reduce<string | MessageTree | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      tree,
    );
  if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
  return value;
}
