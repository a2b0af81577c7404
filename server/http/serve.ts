// Our production HTTP server: Next.js behind a plain Node server, because route handlers cannot
// see the TCP peer and Next.js keeps a client-sent X-Forwarded-For. Here the client address is
// computed once (lib/client-address.ts) and handed on in a header that the app trusts only with
// this server's proof beside it (client-address-header.ts).
import { createServer, type Server } from "node:http";
import next from "next";
import { clientAddress } from "@/lib/client-address";
import {
  clientAddressHeader,
  clientAddressProofHeader,
  startClientAddressSigning,
} from "./client-address-header";
import { trackResponseStatus } from "./response-status";

export interface ServeOptions {
  dir: string;
  port: number;
  trustProxyHops: number;
}

export async function serve({ dir, port, trustProxyHops }: ServeOptions): Promise<Server> {
  const sign = startClientAddressSigning();
  const app = next({ dev: false, dir, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const forwarded = req.headers["x-forwarded-for"];
    const address = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      trustProxyHops,
    );
    if (address) {
      req.headers[clientAddressHeader] = address;
      req.headers[clientAddressProofHeader] = sign(address);
    } else {
      delete req.headers[clientAddressHeader];
      delete req.headers[clientAddressProofHeader];
    }
    if (trustProxyHops === 0) delete req.headers["x-forwarded-for"];
    trackResponseStatus(req, res);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}
