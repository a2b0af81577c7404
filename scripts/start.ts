// npm start: validate the configuration, migrate, build when there is no build yet, serve.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, readEnvOrExit } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/.bin/next");

const env = readEnvOrExit();
await prepareDatabase(env);

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("no production build yet: building");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(nextBin, ["start", "--port", String(env.PORT)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
