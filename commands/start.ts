// npm start (node .next/commands/start.mjs, compiled by npm run build): validate the
// configuration, check that the build was made for this SITE_URL, migrate, serve, and run the
// notification worker. Needs no development tool: a production install is enough.
import { serve } from "@/server/http/serve";
import { buildIsCurrent, projectRoot } from "./build-info";
import { readEnvOrExit } from "./env";
import { megapayApi } from "./megapay-api";
import { startNotificationWorker } from "./notification-worker";
import { prepareDatabase } from "./prepare-database";

const env = readEnvOrExit();
if (!buildIsCurrent(env.SITE_URL)) {
  console.error(
    `there is no production build for SITE_URL=${env.SITE_URL}: run \`npm run build\` with this SITE_URL first (with the full install, development tools included)`,
  );
  process.exit(1);
}
await prepareDatabase(env);

Object.assign(process.env, { NODE_ENV: "production" });
if (env.MEGAPAY_ALLOWED_IPS === "") {
  console.warn(
    "warning: MEGAPAY_ALLOWED_IPS is empty: the MegaPay API answers any address that has the password; set MegaPay's addresses",
  );
}
const server = await serve({
  dir: projectRoot,
  port: env.PORT,
  host: env.HOST,
  trustProxyAddresses: env.TRUST_PROXY_ADDRESSES,
  trustProxyHops: env.TRUST_PROXY_HOPS,
  https: env.SITE_URL.startsWith("https://"),
  directRoutes: megapayApi,
});
console.log(`dostek.kg is serving http://${env.HOST ?? "localhost"}:${env.PORT}`);
const worker = await startNotificationWorker(env);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void worker.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
