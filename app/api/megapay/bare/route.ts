import { encodeOsmpResponse } from "@/lib/osmp/encode-response";
import { getEnv } from "@/server/env";

export const dynamic = "force-dynamic";

const constant = encodeOsmpResponse({ txnId: "1", result: 0, comment: "OK" });

// The framework ceiling for `npm run bench:megapay`: a constant OSMP answer, no auth, no
// database. It exists only when BENCH_BARE_ROUTE=1; otherwise 404.
export function GET() {
  if (!getEnv().BENCH_BARE_ROUTE) return new Response("Not Found", { status: 404 });
  return new Response(constant, {
    headers: { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}
