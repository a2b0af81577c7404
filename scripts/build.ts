// npm run build: the production build, with the full install (development tools included):
// Next.js's build, recorded with the SITE_URL it was made for (statically rendered pages carry
// canonical and hreflang links with that origin), and the commands compiled to plain JavaScript
// in .next/commands/ (npm start, the database and admin commands), so that the site then runs
// from a production install (npm ci --omit=dev) without tsx or TypeScript.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build as bundle } from "esbuild";
import { recordBuild } from "@/commands/build-info";
import { parseEnv } from "@/server/env";

export const root = path.resolve(import.meta.dirname, "..");
export { buildIsCurrent } from "@/commands/build-info";

// Every command package.json runs with node; the rest of commands/ is what they import.
export const commandEntries = [
  "start",
  "db-migrate",
  "db-backup",
  "db-restore",
  "staff-add",
  "staff-reset",
  "soci-import",
  "sms-check",
] as const;

// Our code is bundled (the @/ paths resolved, TypeScript stripped); every package stays an import
// of node_modules, so that the production install's own copies are used.
export async function compileCommands(): Promise<void> {
  await bundle({
    absWorkingDir: root,
    entryPoints: commandEntries.map((name) => `commands/${name}.ts`),
    outdir: ".next/commands",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

export async function build(siteUrl: string): Promise<boolean> {
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) return false;
  await compileCommands();
  recordBuild(siteUrl, root);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  if (!(await build(parseEnv(process.env).SITE_URL))) process.exit(1);
}
