import { getEnv } from "@/server/env";
import { isDatabaseUnavailable } from "@/server/db";
import { getLogger } from "@/server/log";
import { countDatabaseError } from "@/server/metrics";
import { sameSecret } from "./same-secret";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

// SOChI's feed: closed (503) unless SOCI_FEED_TOKEN is set, then only with
// `Authorization: Bearer <token>` (401 otherwise), compared in constant time. The handler gets
// the request's query once access is granted.
export function sociFeedHandler(handler: (query: URLSearchParams) => Promise<Response>) {
  return async function handle(request: Request): Promise<Response> {
    const token = getEnv().SOCI_FEED_TOKEN;
    if (!token) return json(503, { error: "the SOChI feed is not configured" });
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
    if (!match || !sameSecret(match[1]!, token)) {
      return json(401, { error: "a valid bearer token is required" }, { "WWW-Authenticate": "Bearer" });
    }
    try {
      return await handler(new URL(request.url).searchParams);
    } catch (error) {
      countDatabaseError(isDatabaseUnavailable(error), "soci-feed");
      getLogger().error({ err: error }, "soci feed failed");
      return json(500, { error: "temporary failure, ask again with the same cursor" });
    }
  };
}

export { json as sociFeedJson };
