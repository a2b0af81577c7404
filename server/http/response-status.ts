// Lets a page answer with a status other than 200 while rendering its own, server-rendered
// content. Next.js 16 has no API for that: notFound() inside a page is answered with an empty
// <html id="__next_error__"> shell that only JavaScript fills in (vercel/next.js#62228, open),
// which a phone on a slow network, a crawler or a screen reader before hydration sees as a blank
// page. So our server (serve.ts) gives every request an id; a page that decides "not found"
// records the status under that id; and the status line, written only once the page's shell has
// rendered, carries it. Only for document requests: the client router treats a non-2xx answer to
// its RSC fetches as a failure and reloads the whole page.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export const requestIdHeader = "x-dostek-request-id";
export const requestPathHeader = "x-dostek-request-path";

// On globalThis: Next.js loads server modules once per route bundle, our server and every bundle
// share one process.
const registryKey = Symbol.for("dostek.response-status");
type WithRegistry = { [registryKey]?: Map<string, number | null> };

function registry(): Map<string, number | null> {
  const holder = globalThis as WithRegistry;
  holder[registryKey] ??= new Map();
  return holder[registryKey];
}

/** Called by our server for every request before Next.js sees it. */
export function trackResponseStatus(req: IncomingMessage, res: ServerResponse): void {
  // Whatever a client sent under these names is replaced: they are ours.
  const path = (req.url ?? "/").split("?")[0]!;
  // Route handlers under /api set their own status: nothing to track (and MegaPay's calls, the
  // busiest path, pay nothing for it).
  if (req.headers.rsc !== undefined || path.startsWith("/api/")) {
    delete req.headers[requestIdHeader];
    delete req.headers[requestPathHeader];
    return;
  }
  req.headers[requestPathHeader] = path;
  const id = randomUUID();
  req.headers[requestIdHeader] = id;
  registry().set(id, null);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const status = registry().get(id);
    if (status && args[0] === 200) args[0] = status;
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
  res.once("close", () => registry().delete(id));
}

/** Records the status for the request these headers belong to; without our server, nothing. */
export function recordResponseStatus(requestHeaders: Headers, status: 404 | 429): void {
  const id = requestHeaders.get(requestIdHeader);
  if (id && registry().has(id)) registry().set(id, status);
}
