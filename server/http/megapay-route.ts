import { encodeOsmpResponse } from "@/lib/osmp/encode-response";
import type { OsmpService } from "@/lib/osmp/parse-request";
import { OsmpResult } from "@/lib/osmp/result-codes";
import type { Database } from "@/server/db";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { getLogger } from "@/server/log";
import { countDatabaseError, getMetrics } from "@/server/metrics";
import { decideMegapayAccess } from "./megapay-access";

// What the wrapped handler does with one request's parameters: the XML to answer and the line
// to log. `onError` logs a failure that was answered with result 1.
export type MegapayHandler = (
  params: URLSearchParams,
  onError: (error: unknown, kind: { temporary: boolean }) => void,
) => Promise<{ xml: string; log: { command: string | null; result: number } & Record<string, unknown> }>;

const maxBodyBytes = 64 * 1024;
const xmlHeaders = { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" };
export const megapayMethods = ["GET", "POST"] as const;

type RequestParams = { ok: true; params: URLSearchParams } | { ok: false; reason: "too large" | "unreadable" };

// A POST's body, read up to 64 KiB: a larger one (declared or sent) is refused without holding
// more of it in memory, and one that breaks off (the client went away) is not an error of ours.
async function bodyOf(request: Request): Promise<string | "too large" | "unreadable"> {
  if (Number(request.headers.get("content-length")) > maxBodyBytes) return "too large";
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBodyBytes) {
        await reader.cancel().catch(() => {});
        return "too large";
      }
      chunks.push(value);
    }
  } catch {
    return "unreadable";
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function paramsOf(request: Request): Promise<RequestParams> {
  const params = new URL(request.url).searchParams;
  if (request.method !== "POST") return { ok: true, params };
  const body = await bodyOf(request);
  if (body === "too large" || body === "unreadable") return { ok: false, reason: body };
  for (const [name, value] of new URLSearchParams(body)) params.append(name, value);
  return { ok: true, params };
}

// GET and POST for one MegaPay service: access (503/403/401/429) and the body size are checked
// here, then the handler decides; always 200 with OSMP XML once access is granted. Whatever throws
// on the way (the access check's database included) is answered with result 1 ("retry later",
// the txn_id taken from the query only), never a 5xx: a retried pay replays. This runs with and
// without Next.js around it (server/http/direct-routes.ts): no next/* APIs here.
export function megapayHandler(service: OsmpService, handler: MegapayHandler) {
  return async function handle(request: Request): Promise<Response> {
    try {
      return await answer(service, handler, request);
    } catch (error) {
      getLogger().error({ service, err: error }, "megapay request failed: answered 1");
      const txnId = URL.canParse(request.url) ? (new URL(request.url).searchParams.get("txn_id") ?? "") : "";
      const xml = encodeOsmpResponse({ txnId, result: OsmpResult.temporaryError, comment: "temporary error: retry later" });
      return new Response(xml, { headers: xmlHeaders });
    }
  };
}

async function answer(service: OsmpService, handler: MegapayHandler, request: Request): Promise<Response> {
  const started = performance.now();
  const access = await decideMegapayAccess(request);
  const metrics = getMetrics();
  if (!access.granted) {
    metrics.megapayRefused.inc({ status: String(access.response.status) });
    return access.response;
  }
  const logger = getLogger();
  const read = await paramsOf(request);
  if (!read.ok) {
    metrics.megapayRequests.inc({ service, command: "other", result: String(OsmpResult.otherError) });
    logger.warn({ service, result: OsmpResult.otherError, reason: `request ${read.reason}` }, "megapay");
    const xml = encodeOsmpResponse({
      txnId: "",
      result: OsmpResult.otherError,
      comment: read.reason === "too large" ? "error: request too large" : "error: request could not be read",
    });
    // The rest of a body left unread would hold the connection: it is closed after the answer.
    return new Response(xml, { headers: { ...xmlHeaders, Connection: "close" } });
  }
  const processed = await handler(read.params, (error, { temporary }) => {
    countDatabaseError(temporary, "megapay");
    logger.error(
      { service, err: error, cause: error instanceof Error ? error.cause : undefined, temporary },
      "megapay request failed: answered 1",
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const command = processed.log.command ?? "other";
  metrics.megapayRequests.inc({ service, command, result: String(processed.log.result) });
  metrics.megapayDuration.observe({ service, command }, seconds);
  logger.info({ ...processed.log, duration_ms: Math.round(seconds * 10_000) / 10 }, "megapay");
  return new Response(processed.xml, { headers: xmlHeaders });
}

export function methodNotAllowed(): Response {
  return new Response("Method Not Allowed", {
    status: 405,
    headers: { Allow: megapayMethods.join(", "), "Content-Type": "text/plain; charset=utf-8" },
  });
}

// Every method of one MegaPay service's route file: GET and POST handled, the rest 405.
export function megapayRoutes(service: OsmpService, handler: MegapayHandler) {
  const GET = megapayHandler(service, handler);
  return {
    GET,
    POST: GET,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
    HEAD: methodNotAllowed,
    OPTIONS: methodNotAllowed,
  };
}

// The domain's request processing as the wrapper calls it (the domain passes itself in: the
// server never imports the domain).
export type ProcessMegapayRequest = (options: {
  db: Database;
  service: OsmpService;
  params: URLSearchParams;
  sociLimits: { minTyiyn: number; maxTyiyn: number };
  onError: (error: unknown, kind: { temporary: boolean }) => void;
}) => ReturnType<MegapayHandler>;

// One service's routes with the process's database and limits: the app's route files (served by
// `next dev`) and npm start's server (commands/megapay-api.ts, without Next.js) use the same.
export function megapayServiceRoutes(service: OsmpService, process: ProcessMegapayRequest) {
  return megapayRoutes(service, (params, onError) => {
    const env = getEnv();
    return process({
      db: getDatabase(),
      service,
      params,
      sociLimits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
      onError,
    });
  });
}
