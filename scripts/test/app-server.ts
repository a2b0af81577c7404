// Starts the production app (npm start: node .next/commands/start.mjs) on a free loopback port for
// system tests and benchmarks, and stops it again. Expects a build (npm run build) for its SITE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const root = path.resolve(import.meta.dirname, "../..");

export interface AppServer {
  url: string;
  // The SITE_URL it was started with.
  siteUrl: string;
  port: number;
  output: () => string;
  stop(): Promise<void>;
  // SIGKILL to the app and every process it started, as
  // a power cut would end it; only for apps started with `killable`.
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// The SITE_URL the current build was made for: an app started with another one would rebuild.
function builtSiteUrl(): Record<string, string> {
  try {
    const { siteUrl } = JSON.parse(readFileSync(path.join(root, ".next", "dostek-build.json"), "utf8"));
    return typeof siteUrl === "string" ? { SITE_URL: siteUrl } : {};
  } catch {
    return {};
  }
}

// APP_CPU_PROF=<directory>: the app writes a CPU profile there when it stops, to find what held
// its event loop during a benchmark (Node refuses --cpu-prof in NODE_OPTIONS).
const cpuProfile = () =>
  process.env.APP_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.APP_CPU_PROF}`] : [];

// `npm start`'s script by default; `next-start` runs plain `next start` instead (no server of
// ours in front, no migrations), to show what the app does when someone runs it that way.
export async function startApp(
  env: Record<string, string>,
  options: {
    port?: number;
    timeoutMs?: number;
    runner?: "npm-start" | "next-start";
    killable?: boolean;
    // Another copy of the project (a production install), or another app; this one by default.
    cwd?: string;
    // What answers 200 once it serves (robots.txt for ours).
    probe?: string;
    // Standard output into this file instead of the parent (a benchmark with production logging:
    // the log lines then cost the app what they cost in production, not the load generator).
    stdoutFile?: string;
  } = {},
): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const [command, args] =
    options.runner === "next-start"
      ? [path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"]]
      : [process.execPath, [...cpuProfile(), ".next/commands/start.mjs"]];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    ...builtSiteUrl(),
    ...env,
    PORT: String(port),
  };
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: childEnv,
    stdio: ["ignore", options.stdoutFile ? openSync(options.stdoutFile, "a") : "pipe", "pipe"],
    // Its own process group, so that kill() reaches every process it started.
    detached: options.killable ?? false,
  });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`);
    try {
      // A probe that does not touch the database, so that tests decide which code opens it first.
      const response = await fetch(`${url}${options.probe ?? "/robots.txt"}`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  if (Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new Error(`the app did not start in ${timeoutMs} ms:\n${log}`);
  }
  return {
    url,
    siteUrl: childEnv.SITE_URL ?? "http://localhost:3000",
    port,
    output: () => log,
    async kill() {
      if (!options.killable) throw new Error("start the app with { killable: true } to kill it");
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
