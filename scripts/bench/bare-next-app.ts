// The framework's ceiling for `npm run bench:megapay`: a bare Next.js app, nothing but one route
// handler that answers a constant OSMP response, built with the project's own `next` in the same
// run and served by plain `next start`. What our app adds (our server in front, the address
// proof, status tracking, headers, logging, metrics, the database) is measured against it.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodeOsmpResponse } from "@/lib/osmp/encode-response";

// Inside the project (git-ignored), so that `next` and React resolve from its node_modules.
export function buildBareNextApp(root: string): string {
  const dir = path.join(root, ".bench", "bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app", "api", "bare"), { recursive: true });
  const constant = encodeOsmpResponse({ txnId: "1", result: 0, comment: "OK" });
  writeFileSync(
    path.join(dir, "app", "api", "bare", "route.js"),
    `export const dynamic = "force-dynamic";
const constant = ${JSON.stringify(constant)};
export function GET() {
  return new Response(constant, {
    headers: { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}
`,
  );
  writeFileSync(path.join(dir, "next.config.js"), "export default {};\n");
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0)
    throw new Error(`the bare Next.js app did not build:\n${built.stdout}\n${built.stderr}`);
  return dir;
}
