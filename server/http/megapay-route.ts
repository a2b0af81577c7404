import { processMegapayRequest } from "@/domain/megapay/process-megapay-request";
import { encodeOsmpResponse } from "@/lib/osmp/encode-response";
import type { OsmpService } from "@/lib/osmp/parse-request";
import { OsmpResult } from "@/lib/osmp/result-codes";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { getLogger } from "@/server/log";
import { decideMegapayAccess } from "./megapay-access";

const maxBodyBytes = 64 * 1024;
const xmlHeaders = { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" };

async function paramsOf(request: Request): Promise<URLSearchParams | null> {
  const params = new URL(request.url).searchParams;
  if (request.method !== "POST") return params;
  const body = await request.text();
  if (Buffer.byteLength(body) > maxBodyBytes) return null;
  for (const [name, value] of new URLSearchParams(body)) params.append(name, value);
  return params;
}

// GET and POST for one MegaPay service: access (503/403/401), then always 200 with OSMP XML.
export function megapayHandler(service: OsmpService) {
  return async function handle(request: Request): Promise<Response> {
    const started = performance.now();
    const access = decideMegapayAccess(request);
    if (!access.granted) return access.response;
    const logger = getLogger();
    const params = await paramsOf(request);
    if (!params) {
      logger.warn({ service, result: OsmpResult.otherError, reason: "request too large" }, "megapay");
      const xml = encodeOsmpResponse({
        txnId: "",
        result: OsmpResult.otherError,
        comment: "error: request too large",
      });
      return new Response(xml, { headers: xmlHeaders });
    }
    const env = getEnv();
    const processed = await processMegapayRequest({
      db: getDatabase(),
      service,
      params,
      sociLimits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
      onError: (error) => logger.error({ service, err: error }, "megapay request failed"),
    });
    logger.info(
      { ...processed.log, duration_ms: Math.round((performance.now() - started) * 10) / 10 },
      "megapay",
    );
    return new Response(processed.xml, { headers: xmlHeaders });
  };
}

export function methodNotAllowed(): Response {
  return new Response("Method Not Allowed", {
    status: 405,
    headers: { Allow: "GET, POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}

// Every method of one MegaPay service's route file: GET and POST handled, the rest 405.
export function megapayRoutes(service: OsmpService) {
  const GET = megapayHandler(service);
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
