import type { BlockList } from "node:net";
import { LRUCache } from "lru-cache";
import { delayAfter, megapayAuthSchedule } from "@/lib/attempt-delay";
import { isAllowed, parseAllowList } from "@/lib/ip-allow-list";
import { rateLimitKey } from "@/lib/rate-limit";
import { claimAttempt, clearAttempts, getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { clientAddressOf } from "./client-address-header";
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

// Addresses that sent wrong credentials too often, and until when they wait (this instance's copy
// of what the database decided): while they wait nothing they send is compared, so a right guess
// cannot tell itself from a wrong one. Every instance learns it at its first wrong attempt.
// Kept on globalThis, like the metrics: npm start's own server and Next.js's bundle each have a
// copy of this module, and a spelling of the path that reaches Next.js must find the same state.
const shared = globalThis as { [key: symbol]: unknown };
function once<T>(name: string, make: () => T): T {
  const key = Symbol.for(`dostek.megapay-access.${name}`);
  shared[key] ??= make();
  return shared[key] as T;
}
const waiting = once("waiting", () => new LRUCache<string, number>({ max: 10_000 }));
// Addresses that sent wrong credentials lately: from them every attempt is counted in the database
// before it is compared (marked at once, before any await, so a burst is counted from its
// second request on). Everyone else, MegaPay in the first place, is only compared.
const suspect = once("suspect", () => new LRUCache<string, true>({ max: 10_000, ttl: 60 * 60_000 }));

const tooMany = (retryAfterMs: number) =>
  plain(429, "Too Many Requests", { "Retry-After": String(Math.ceil(retryAfterMs / 1000)) });

const unauthorized = () =>
  plain(401, "Unauthorized", { "WWW-Authenticate": 'Basic realm="megapay", charset="UTF-8"' });

// One attempt from `client` counted; refused (429) once its wait has begun.
async function countAttempt(client: string, now: number): Promise<Response | null> {
  const claim = await claimAttempt(getDatabase(), {
    key: `megapay-basic:${client}`,
    now,
    schedule: megapayAuthSchedule,
  });
  if (!claim.allowed) {
    waiting.set(client, now + claim.retryAfterMs);
    return tooMany(claim.retryAfterMs);
  }
  const wait = delayAfter(claim.attempts, megapayAuthSchedule);
  if (wait > 0) waiting.set(client, now + wait);
  return null;
}

// The API is never open by default: without credentials configured it answers 503. Wrong
// credentials are counted per address in the database, like staff sign-ins: ten at once, then a
// doubling wait (lib/attempt-delay.ts); right ones from an address with no wrong ones cost
// nothing but the comparison.
export async function decideMegapayAccess(request: Request, now = Date.now()): Promise<AccessDecision> {
  const env = getEnv();
  if (!env.MEGAPAY_BASIC_USER || !env.MEGAPAY_BASIC_PASSWORD) {
    return { granted: false, response: plain(503, "MegaPay API is not configured") };
  }
  allowList ??= parseAllowList(env.MEGAPAY_ALLOWED_IPS);
  const address = clientAddressOf(request.headers);
  if (!isAllowed(allowList, address)) {
    return { granted: false, response: plain(403, "Forbidden") };
  }
  const client = rateLimitKey(address);
  const until = waiting.get(client);
  if (until !== undefined && until > now) return { granted: false, response: tooMany(until - now) };
  const credentials = credentialsOf(request);
  // Both compared every time, so that the time taken tells nothing about which one was wrong.
  const right = () => {
    const userOk = sameSecret(credentials?.user ?? "", env.MEGAPAY_BASIC_USER!);
    const passwordOk = sameSecret(credentials?.password ?? "", env.MEGAPAY_BASIC_PASSWORD!);
    return credentials !== null && userOk && passwordOk;
  };
  if (suspect.has(client)) {
    const refused = await countAttempt(client, now);
    if (refused) return { granted: false, response: refused };
    if (!right()) return { granted: false, response: unauthorized() };
    await clearAttempts(getDatabase(), `megapay-basic:${client}`);
    suspect.delete(client);
    return { granted: true };
  }
  if (right()) return { granted: true };
  suspect.set(client, true);
  const refused = await countAttempt(client, now);
  return { granted: false, response: refused ?? unauthorized() };
}
