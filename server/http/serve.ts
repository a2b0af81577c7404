// Our production HTTP server: Next.js behind a plain Node server, because route handlers cannot
// see the TCP peer and Next.js keeps a client-sent X-Forwarded-For. Here the client address is
// computed once (lib/client-address.ts) and handed on in a header that the app trusts only with
// this server's proof beside it (client-address-header.ts). The MegaPay API's exact paths are
// answered here without Next.js (direct-routes.ts, docs/decisions/0008-megapay-api-beside-next.md).
import { createServer, type Server } from "node:http";
import next from "next";
import { securityHeaders } from "@/config/security-headers.mjs";
import { clientAddress, clientAddressBehind } from "@/lib/client-address";
import { isAllowed, parseAllowList } from "@/lib/ip-allow-list";
import {
  clientAddressHeader,
  clientAddressProofHeader,
  startClientAddressSigning,
} from "./client-address-header";
import { getLogger } from "@/server/log";
import { answerDirectly, pathOf, type DirectRoutes } from "./direct-routes";
import { trackResponseStatus } from "./response-status";

export interface ServeOptions {
  dir: string;
  port: number;
  // Where to listen; undefined = every address of the machine.
  host?: string;
  // The trusted proxies: by address (preferred), or by count.
  trustProxyAddresses: string;
  trustProxyHops: number;
  // SITE_URL is https: Strict-Transport-Security too.
  https: boolean;
  // Answered by our server without Next.js (direct-routes.ts): the MegaPay API.
  directRoutes?: DirectRoutes;
}

export async function serve({
  dir,
  port,
  host,
  trustProxyAddresses,
  trustProxyHops,
  https,
  directRoutes,
}: ServeOptions): Promise<Server> {
  // Set on every response before Next.js sees the request; Next.js's path-specific headers
  // (next.config.js) replace them where they differ.
  const headers = securityHeaders({ https, development: false });
  const proxies = parseAllowList(trustProxyAddresses);
  const addressOf = (peer: string | undefined, forwardedFor: string | undefined) =>
    proxies
      ? clientAddressBehind(peer, forwardedFor, (address) => isAllowed(proxies, address))
      : clientAddress(peer, forwardedFor, trustProxyHops);
  const sign = startClientAddressSigning();
  const app = next({ dev: false, dir, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const forwarded = req.headers["x-forwarded-for"];
    const address = addressOf(
      req.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    );
    if (address) {
      req.headers[clientAddressHeader] = address;
      req.headers[clientAddressProofHeader] = sign(address);
    } else {
      delete req.headers[clientAddressHeader];
      delete req.headers[clientAddressProofHeader];
    }
    if (!proxies && trustProxyHops === 0) delete req.headers["x-forwarded-for"];
    for (const { key, value } of headers) res.setHeader(key, value);
    trackResponseStatus(req, res);
    const direct = directRoutes?.get(pathOf(req.url));
    if (direct)
      return void answerDirectly(direct, req, res).catch((error: unknown) => {
        getLogger().error({ err: error }, "a direct route's answer failed");
        res.destroy();
      });
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (host) server.listen(port, host, resolve);
    else server.listen(port, resolve);
  });
  return server;
}
