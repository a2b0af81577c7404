import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { megapayApi } from "@/commands/megapay-api";
import { answerDirectly, pathOf, type DirectRoute } from "./direct-routes";

vi.mock("@/server/log", () => ({ getLogger: () => ({ error: () => {} }) }));

const route: DirectRoute = {
  allow: ["GET", "POST"],
  handlers: {
    GET: (request) => {
      const url = new URL(request.url);
      return new Response(
        `${url.pathname} ${url.searchParams.get("a")} ${request.headers.get("x-set-by-server")}`,
        {
          status: 202,
          headers: { "Content-Type": "text/xml; charset=utf-8", "X-One": "1" },
        },
      );
    },
    POST: async (request) => new Response(`body: ${await request.text()}`),
    // Answers without reading the body.
    DELETE: () => new Response("Method Not Allowed", { status: 405 }),
    PUT: () => {
      throw new Error("broken");
    },
  },
};

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    // What serve.ts does before a direct route: headers changed on the request, and set on the response.
    req.headers["x-set-by-server"] = "yes";
    res.setHeader("X-Frame-Options", "DENY");
    void answerDirectly(route, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// A raw request (fetch cannot send every method), answered as status, headers, body, and the
// client's port (the same port: the same connection).
interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  port: number | undefined;
}
function send(method: string, path: string, body?: string, agent?: Agent) {
  return new Promise<Answer>((resolve, reject) => {
    const headers = body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: "127.0.0.1", port, method, path, agent, headers }, (res) => {
      let text = "";
      const clientPort = res.socket.localPort;
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: text,
          port: clientPort,
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("routes our server answers without Next.js", () => {
  it("hands the handler the path, the query and the headers as the server left them, and sends its answer whole", async () => {
    const answer = await send("GET", "/api/x?a=%D0%B1");
    expect(answer.status).toBe(202);
    expect(answer.body).toBe("/api/x б yes");
    expect(answer.headers["content-type"]).toBe("text/xml; charset=utf-8");
    expect(answer.headers["x-one"]).toBe("1");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(answer.body)));
  });

  it("passes a POST's body", async () => {
    expect((await send("POST", "/api/x", "command=check&txn_id=1")).body).toBe(
      "body: command=check&txn_id=1",
    );
  });

  it("answers 405 with the route's methods for another method, and 500 when a handler throws", async () => {
    const other = await send("PATCH", "/api/x");
    expect(other.status).toBe(405);
    expect(other.headers.allow).toBe("GET, POST");
    expect((await send("PUT", "/api/x")).status).toBe(500);
    // The server still answers afterwards.
    expect((await send("GET", "/api/x?a=1")).status).toBe(202);
  });

  it("leaves a body nobody reads to Node, so the connection answers its next request", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send("DELETE", "/api/x", "x".repeat(200_000), agent);
      expect([refused.status, refused.body]).toEqual([405, "Method Not Allowed"]);
      const next = await send("GET", "/api/x?a=2", undefined, agent);
      expect(next.body).toBe("/api/x 2 yes");
      // On the same connection.
      expect(next.port).toBe(refused.port);
    } finally {
      agent.destroy();
    }
  });

  it("npm start answers every MegaPay route folder itself (but the benchmark's), with the same methods", async () => {
    const folders = readdirSync(path.resolve(import.meta.dirname, "../../app/api/megapay"), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory() && entry.name !== "bare")
      .map((entry) => `/api/megapay/${entry.name}`);
    expect([...megapayApi.keys()].sort()).toEqual(folders.sort());
    for (const folder of folders) {
      const routeFile = (await import(
        `../../app/api/megapay/${folder.split("/").at(-1)}/route.ts`
      )) as Record<string, unknown>;
      const direct = megapayApi.get(folder)!;
      expect(Object.keys(direct.handlers).sort(), folder).toEqual(
        Object.keys(routeFile)
          .filter((name) => /^[A-Z]+$/.test(name))
          .sort(),
      );
    }
  });

  it("matches by path alone", () => {
    expect(pathOf("/api/megapay/soci?command=pay")).toBe("/api/megapay/soci");
    expect(pathOf("/api/megapay/soci")).toBe("/api/megapay/soci");
    expect(pathOf(undefined)).toBe("/");
  });
});
