import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { basicAuth, megapayEnv } from "./megapay-client";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

// The deployment the README describes: the build made here with the full install, copied beside
// a production install of the same lockfile (npm ci --omit=dev), and started with node. What this
// proves is that the app runs without development tools; that better-sqlite3 compiles on a
// machine without network is proven by the clean install (npm ci) every CI run starts with.
describe("a production install", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dostek-production-"));
  let app: AppServer | undefined;
  afterAll(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs from the build without development tools: the home page, the staff sign-in, the MegaPay API, a command", async () => {
    for (const item of [
      "package.json",
      "package-lock.json",
      "next.config.js",
      "prisma.config.ts",
      "prisma",
      "public",
    ]) {
      cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
    }
    cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(root, ".next", "cache")),
    });
    const npm = (args: string[]) =>
      run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
        cwd: dir,
        env: { ...process.env, NODE_ENV: "production" },
        maxBuffer: 64 * 1024 * 1024,
      });
    const lock = JSON.parse(readFileSync(path.join(dir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }>;
    };
    // better-sqlite3's prebuilt binding is a download from GitHub, out of reach here, so npm
    // compiles it from source: a minute of this test's two. This checkout's own install compiled
    // the same locked version, so that binding is taken (it needs that install to have run with
    // the Node running this test, as npm test does after npm ci); every other install script
    // runs as npm would run it, and then the project's own postinstall. Development packages
    // ("devOptional" included, removed below) run nothing.
    const ours = JSON.parse(
      readFileSync(path.join(root, "node_modules/better-sqlite3/package.json"), "utf8"),
    );
    expect(ours.version, "npm ci first: this checkout's better-sqlite3 is not the locked one").toBe(
      (lock.packages["node_modules/better-sqlite3"] as { version?: string }).version,
    );
    await npm(["ci", "--omit=dev", "--ignore-scripts"]);
    cpSync(
      path.join(root, "node_modules/better-sqlite3/build"),
      path.join(dir, "node_modules/better-sqlite3/build"),
      { recursive: true },
    );
    const scripted = Object.entries(lock.packages)
      .filter(
        ([name, e]) =>
          name.startsWith("node_modules/") &&
          name !== "node_modules/better-sqlite3" &&
          e.hasInstallScript &&
          !e.dev &&
          !e.devOptional,
      )
      .map(([name]) => name.replace(/^.*node_modules\//, ""));
    if (scripted.length) await npm(["rebuild", ...scripted]);
    await npm(["run", "postinstall"]);
    // npm keeps some development tools anyway, as optional peers of next and better-auth
    // ("devOptional" in the lockfile): take them out, so that nothing here can lean on them.
    for (const [name, entry] of Object.entries(lock.packages)) {
      if (name && entry.devOptional) rmSync(path.join(dir, name), { recursive: true, force: true });
    }
    for (const tool of [
      "tsx",
      "typescript",
      "esbuild",
      "vitest",
      "@playwright/test",
      "eslint",
      "tailwindcss",
    ]) {
      expect(existsSync(path.join(dir, "node_modules", tool)), tool).toBe(false);
    }

    const env = {
      DATABASE_URL: `file:${path.join(dir, "data", "dostek.db")}`,
      ...megapayEnv,
      AUTH_SECRET: "a production install's secret, long enough",
    };
    app = await startApp(env, { cwd: dir });
    const home = await fetch(`${app.url}/ky`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("MegaPay");
    const signIn = await fetch(`${app.url}/ru/office/login`);
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain('name="password"');
    const check = await fetch(`${app.url}/api/megapay/soci?command=check&txn_id=1&account=01111111111111`, {
      headers: { Authorization: basicAuth() },
    });
    expect(await check.text()).toContain("<result>5</result>");

    const added = await run(
      process.execPath,
      [".next/commands/staff-add.mjs", "--email", "a@dostek.kg", "--name", "Админ", "--role", "admin"],
      {
        cwd: dir,
        env: { ...process.env, ...env, STAFF_PASSWORD: "жашыл трамвай дарыя боюнда 2026" },
      },
    );
    expect(added.stdout).toContain("added admin a@dostek.kg");
  });
});
