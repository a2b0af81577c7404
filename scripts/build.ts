// npm run build: the production build, recording the SITE_URL it was made for. Statically
// rendered pages (the MegaPay guide) carry canonical and hreflang links with that origin, so
// npm start rebuilds when SITE_URL has changed since.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "@/server/env";

export const root = path.resolve(import.meta.dirname, "..");
const marker = path.join(root, ".next", "dostek-build.json");

export function buildIsCurrent(siteUrl: string): boolean {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(marker)) return false;
  try {
    return JSON.parse(readFileSync(marker, "utf8")).siteUrl === siteUrl;
  } catch {
    return false;
  }
}

export function build(siteUrl: string): boolean {
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) return false;
  writeFileSync(marker, JSON.stringify({ siteUrl }));
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  if (!build(parseEnv(process.env).SITE_URL)) process.exit(1);
}
