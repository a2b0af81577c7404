// A stand-in for Nikita's smspro gateway, for tests: an HTTP server speaking its XML protocol
// (POST /api/message, POST /api/dr), started by the test as fake-smtp-server.ts is for email. It
// keeps every message it accepts, before it answers (so once the outbox marks a message sent, it
// is in `received`), refuses an id it already took (status 10) as the provider does, and
// can be told to answer one status to everything (an empty account: 4) or be closed (down).
import { XMLParser } from "fast-xml-parser";
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface ReceivedSms {
  id: string;
  sender: string;
  text: string;
  phones: string[];
  test: boolean;
}

const parser = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (name) => name === "phone",
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface FakeSmsGateway {
  url: string;
  received: ReceivedSms[];
  // Every request the gateway answered, refused ones too.
  requests: number;
  // Answer this status to every message from now on (undefined: behave normally).
  answer(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startFakeSmsGateway(
  account: { login: string; password: string },
  port = 0,
): Promise<FakeSmsGateway> {
  const received: ReceivedSms[] = [];
  const taken = new Set<string>();
  let forced: number | undefined;
  const state = { requests: 0 };
  const server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      state.requests++;
      const reply = (xml: string) => {
        response.writeHead(200, { "content-type": "text/xml; charset=utf-8" });
        response.end(`<?xml version="1.0" encoding="UTF-8"?><response>${xml}</response>`);
      };
      let parsed: Record<string, Record<string, unknown> | undefined>;
      try {
        parsed = parser.parse(body, true) as typeof parsed;
      } catch {
        return reply("<status>1</status>");
      }
      const root = parsed.message ?? parsed.dr;
      if (!root || request.method !== "POST") return reply("<status>1</status>");
      if (root.login !== account.login || root.pwd !== account.password) return reply("<status>2</status>");
      const id = String(root.id ?? "");
      if (request.url === "/api/dr") {
        return taken.has(id)
          ? reply(
              `<status>0</status><phone><number>996</number><report>3</report><sendTime>20261206000000</sendTime><rcvTime>20261206000001</rcvTime></phone>`,
            )
          : reply("<status>4</status>");
      }
      if (request.url !== "/api/message") return reply("<status>1</status>");
      const phones = ((root.phones as { phone?: string[] } | undefined)?.phone ?? []).map(String);
      const status =
        forced ??
        (!/^[A-Za-z0-9]{1,12}$/.test(id)
          ? 1
          : taken.has(id)
            ? 10
            : phones.length === 0 || phones.some((phone) => !/^996\d{9}$/.test(phone))
              ? 7
              : String(root.test) === "1"
                ? 11
                : 0);
      if (status === 0 || status === 11) {
        taken.add(id);
        received.push({
          id,
          sender: String(root.sender ?? ""),
          text: String(root.text ?? ""),
          phones,
          test: status === 11,
        });
      }
      reply(`<id>${id}</id><status>${status}</status><phones>${phones.length}</phones><smscnt>1</smscnt>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/api`,
    received,
    get requests() {
      return state.requests;
    },
    answer(status) {
      forced = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
