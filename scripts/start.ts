// npm start: validate the configuration, migrate, build when there is no build yet, serve.
import { build, buildIsCurrent, root } from "./build";
import { serve } from "@/server/http/serve";
import { startNotificationWorker } from "./notification-worker";
import { prepareDatabase, readEnvOrExit } from "./prepare-database";

const env = readEnvOrExit();
await prepareDatabase(env);

if (!buildIsCurrent(env.SITE_URL)) {
  console.log(`no production build for ${env.SITE_URL} yet: building`);
  if (!build(env.SITE_URL)) process.exit(1);
}

Object.assign(process.env, { NODE_ENV: "production" });
if (env.MEGAPAY_ALLOWED_IPS === "") {
  console.warn(
    "warning: MEGAPAY_ALLOWED_IPS is empty: the MegaPay API answers any address that has the password; set MegaPay's addresses",
  );
}
const server = await serve({
  dir: root,
  port: env.PORT,
  host: env.HOST,
  trustProxyAddresses: env.TRUST_PROXY_ADDRESSES,
  trustProxyHops: env.TRUST_PROXY_HOPS,
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
