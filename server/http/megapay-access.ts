import type { BlockList } from "node:net";
import { isAllowed, parseAllowList } from "@/lib/ip-allow-list";
import { getEnv } from "@/server/env";
import { clientAddressOf } from "./request-address";
import { sameSecret } from "./same-secret";

export type AccessDecision = { granted: true } | { granted: false; response: Response };

let allowList: BlockList | null | undefined;

function credentialsOf(request: Request): { user: string; password: string } | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

// The API is never open by default: without credentials configured it answers 503.
export function decideMegapayAccess(request: Request): AccessDecision {
  const env = getEnv();
  if (!env.MEGAPAY_BASIC_USER || !env.MEGAPAY_BASIC_PASSWORD) {
    return { granted: false, response: plain(503, "MegaPay API is not configured") };
  }
  allowList ??= parseAllowList(env.MEGAPAY_ALLOWED_IPS);
  if (!isAllowed(allowList, clientAddressOf(request.headers))) {
    return { granted: false, response: plain(403, "Forbidden") };
  }
  const credentials = credentialsOf(request);
  const userOk = sameSecret(credentials?.user ?? "", env.MEGAPAY_BASIC_USER);
  const passwordOk = sameSecret(credentials?.password ?? "", env.MEGAPAY_BASIC_PASSWORD);
  if (!credentials || !userOk || !passwordOk) {
    return {
      granted: false,
      response: plain(401, "Unauthorized", { "WWW-Authenticate": 'Basic realm="megapay", charset="UTF-8"' }),
    };
  }
  return { granted: true };
}
