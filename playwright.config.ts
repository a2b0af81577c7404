import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh SQLite database for every run; set once here so that the workers see the same value.
process.env.E2E_DATABASE_URL ??= `file:${path.join(tmpdir(), `dostek-e2e-${Date.now()}.db`)}`;

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // Two workers, two Chromiums, the production server and the commands that add staff share
  // two cores. What a step needs here, measured: an accessibility check (axe) took 1–2 s on an
  // idle machine on the heaviest pages and 4 s in a whole run (0.55 s idle since it injects
  // axe's minified build, fixtures.ts); when the other worker starts a command or renders a PDF,
  // a step stretches several times over. So a test gets 60 s, and an expectation 10 s; the long
  // flows set their own limit, about twice what they take in a whole run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: "off",
  },
  projects: [{ name: "phone", use: { ...devices["Pixel 5"], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    // npm start, as in production: the compiled server (npm run build made it).
    command: "node .next/commands/start.mjs",
    url: `http://127.0.0.1:${port}/ky`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: process.env.CI || process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      SITE_URL: "https://dostek.kg",
      // The client is the last X-Forwarded-For entry: each test sends an address of its own
      // (e2e/fixtures.ts); a request without one has no address and shares the "unknown" limits.
      TRUST_PROXY_HOPS: "1",
      MEGAPAY_BASIC_USER: "megapay-e2e",
      MEGAPAY_BASIC_PASSWORD: "e2e password, not a secret",
      AUTH_SECRET: "e2e auth secret, long enough, not a real one",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
