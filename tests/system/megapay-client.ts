import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

export const megapayUser = "megapay-test";
export const megapayPassword = "correct horse battery staple";

export const megapayEnv = {
  MEGAPAY_BASIC_USER: megapayUser,
  MEGAPAY_BASIC_PASSWORD: megapayPassword,
  MEGAPAY_ALLOWED_IPS: "127.0.0.1, ::1",
};

export const basicAuth = (user = megapayUser, password = megapayPassword) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

export interface OsmpAnswer {
  status: number;
  xml: string;
  result: number;
  osmp_txn_id: string;
  prv_txn?: string;
  sum?: string;
  comment: string;
  fields?: Record<string, unknown>;
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

export async function callMegapay(
  baseUrl: string,
  service: "soci" | "eds",
  params: Record<string, string> | string,
  options: { method?: "GET" | "POST"; headers?: Record<string, string> } = {},
): Promise<OsmpAnswer> {
  const query = typeof params === "string" ? params : new URLSearchParams(params).toString();
  const method = options.method ?? "GET";
  const response = await fetch(
    method === "GET" ? `${baseUrl}/api/megapay/${service}?${query}` : `${baseUrl}/api/megapay/${service}`,
    {
      method,
      headers: {
        Authorization: basicAuth(),
        ...(method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
        ...options.headers,
      },
      body: method === "POST" ? query : undefined,
    },
  );
  const xml = await response.text();
  expect(response.status, xml).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/xml; charset=utf-8");
  expect(XMLValidator.validate(xml), xml).toBe(true);
  const parsed = parser.parse(xml).response;
  return {
    status: response.status,
    xml,
    result: Number(parsed.result),
    osmp_txn_id: String(parsed.osmp_txn_id ?? ""),
    prv_txn: parsed.prv_txn === undefined ? undefined : String(parsed.prv_txn),
    sum: parsed.sum === undefined ? undefined : String(parsed.sum),
    comment: String(parsed.comment),
    fields: parsed.fields,
  };
}

let txnCounter = Date.now() % 1_000_000_000;
export const nextTxnId = () => String(++txnCounter);
export const txnDate = "20261124153000";
