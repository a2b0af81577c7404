// npm start: validate the configuration, migrate, build when there is no build yet, serve.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { serve } from "@/server/http/serve";
import { prepareDatabase, readEnvOrExit } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");

const env = readEnvOrExit();
await prepareDatabase(env);

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("no production build yet: building");
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

Object.assign(process.env, { NODE_ENV: "production" });
const server = await serve({ dir: root, port: env.PORT, trustProxyHops: env.TRUST_PROXY_HOPS });
console.log(`dostek.kg is serving http://localhost:${env.PORT}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
