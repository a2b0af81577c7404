// Routes our server answers itself under `npm start`, before Next.js's router: the MegaPay API
// (commands/megapay-api.ts). A route handler called through Next.js pays for its request
// pipeline (route matching, the route module's wrapper, tracing spans, the Request it builds) on
// every call, about two thirds of a MegaPay check's time on this machine (docs/benchmarks.md,
// 2026-12-05). The handlers are the same Request → Response functions the app's route files
// export (Next.js serves those under `next dev`), and they run after serve.ts has set the client
// address and the security headers, as for the requests it passes on to Next.js. They must not
// use Next.js-only APIs (next/headers and the like): there is no Next.js request around them.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getLogger } from "@/server/log";

export type RouteHandler = (request: Request) => Response | Promise<Response>;
// One route file's exports: a handler per HTTP method, and the methods it answers (the 405 for
// any other names them).
export interface DirectRoute {
  handlers: Readonly<Partial<Record<string, RouteHandler>>>;
  allow: readonly string[];
}
// By exact path (no trailing slash, no locale): anything else goes to Next.js.
export type DirectRoutes = ReadonlyMap<string, DirectRoute>;

export function pathOf(url: string | undefined): string {
  const path = url ?? "/";
  const query = path.indexOf("?");
  return query < 0 ? path : path.slice(0, query);
}

// The request as a route handler sees it. The host part is fixed: handlers read the path and the
// query, and a client's Host header must not make `new URL` throw. The body is the Node request
// itself, read only if the handler reads it (as Next.js does): a body nobody reads is then
// discarded by Node after the answer, and the connection serves the next request.
function webRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", "http://localhost"), {
    method,
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

const plain = { "Content-Type": "text/plain; charset=utf-8" };

// Answers one request with its route's handler for the method (405 with the methods it has
// otherwise). A request that cannot be made into a `Request` is a 400 (the body is read by the
// handler, which answers its own errors); a handler that throws is logged and a 500.
export async function answerDirectly(
  { handlers, allow }: DirectRoute,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const handler = handlers[req.method ?? "GET"];
  if (!handler) {
    const headers = { ...plain, Allow: allow.join(", ") };
    return send(res, new Response("Method Not Allowed", { status: 405, headers }));
  }
  let request: Request;
  try {
    request = webRequest(req);
  } catch {
    return send(res, new Response("Bad Request", { status: 400, headers: plain }));
  }
  try {
    await send(res, await handler(request));
  } catch (error) {
    getLogger().error({ err: error, path: pathOf(req.url) }, "a direct route failed: answered 500");
    if (res.headersSent) res.destroy();
    else await send(res, new Response("Internal Server Error", { status: 500, headers: plain }));
  }
}
