import type { BlockList } from "node:net";
import { isAllowed, parseAllowList } from "@/lib/ip-allow-list";
import { getEnv } from "@/server/env";
import { getLogger } from "@/server/log";
import { clientAddressOf } from "./client-address-header";
import { sameSecret } from "./same-secret";

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

let allowList: BlockList | null | undefined;

// /api/metrics is closed (503) unless METRICS_TOKEN or METRICS_ALLOWED_IPS is set; then a
// request passes with `Authorization: Bearer <token>` (compared in constant time) or from an
// allowed address (as our server computed it, server/http/serve.ts). The handler gives the text.
export function metricsHandler(handler: () => Promise<{ body: string; contentType: string }>) {
  return async function handle(request: Request): Promise<Response> {
    const { METRICS_TOKEN: token, METRICS_ALLOWED_IPS: ips } = getEnv();
    if (!token && !ips) return plain(503, "metrics are not configured");
    allowList ??= parseAllowList(ips);
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    const byToken = Boolean(token && bearer && sameSecret(bearer, token));
    const byAddress = allowList !== null && isAllowed(allowList, clientAddressOf(request.headers));
    if (!byToken && !byAddress) {
      return token ? plain(401, "Unauthorized", { "WWW-Authenticate": "Bearer" }) : plain(403, "Forbidden");
    }
    try {
      const { body, contentType } = await handler();
      return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
    } catch (error) {
      getLogger().error({ err: error }, "metrics failed");
      return plain(500, "metrics failed");
    }
  };
}
