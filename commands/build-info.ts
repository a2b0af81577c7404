// What `npm run build` leaves in .next besides Next.js's own build: the SITE_URL it was made for
// (statically rendered pages carry canonical and hreflang links with that origin) and the
// compiled commands (.next/commands/*.mjs: npm start and the admin commands, so that a production
// install without development tools runs them).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// The project's folder: npm runs every script from there.
export const projectRoot = process.cwd();

const markerOf = (root: string) => path.join(root, ".next", "dostek-build.json");

export function buildIsCurrent(siteUrl: string, root = projectRoot): boolean {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(markerOf(root))) return false;
  try {
    return JSON.parse(readFileSync(markerOf(root), "utf8")).siteUrl === siteUrl;
  } catch {
    return false;
  }
}

export function recordBuild(siteUrl: string, root = projectRoot): void {
  writeFileSync(markerOf(root), JSON.stringify({ siteUrl }));
}
