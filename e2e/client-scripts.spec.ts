import { expect, type APIRequestContext } from "@playwright/test";
import { test } from "./fixtures";

// Pages that are text, and the registration form (its words come as props), carry no translation code to the browser: their words are rendered on the
// server, and next-intl's client (with its provider and messages) is loaded only by the pages
// whose forms translate in the browser (components/client-intl.tsx). On a cheap phone that is
// script the browser neither downloads nor runs (issue 25: Lighthouse ≥ 95 on every public page).

// next-intl's client names this error code; no other script of ours does.
const translationCode = "MISSING_MESSAGE";

// The scripts the page's own HTML names (not those a link's prefetching may add later).
async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
  expect(sources.length).toBeGreaterThan(0);
  return Promise.all(sources.map(async (source) => (await request.get(source)).text()));
}

const textPages = [
  "/ky",
  "/ru/help",
  "/ky/help/documents",
  "/ru/help/laws",
  "/ky/renew",
  "/ru/register",
  "/ru/office/login",
];

test("pages of text and the registration form load no translation code in the browser", async ({
  request,
}) => {
  for (const path of textPages) {
    const scripts = await scriptsOf(request, path);
    expect(
      scripts.some((script) => script.includes(translationCode)),
      path,
    ).toBe(false);
  }
  // The check finds the code where it is: the guide's INN check formats its answers in the browser.
  const guideScripts = await scriptsOf(request, "/ky/megapay");
  expect(guideScripts.some((script) => script.includes(translationCode))).toBe(true);
});
