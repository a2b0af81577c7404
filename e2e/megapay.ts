import type { APIRequestContext } from "@playwright/test";

// The MegaPay credentials the e2e server is started with (playwright.config.ts).
export const megapayAuth = `Basic ${Buffer.from("megapay-e2e:e2e password, not a secret").toString("base64")}`;

// MegaPay's `pay`, as MegaPay sends it; the answer's XML.
export async function payByMegapay(
  request: APIRequestContext,
  service: "soci" | "eds",
  { txn, account, sum }: { txn: string; account: string; sum: string },
): Promise<string> {
  const response = await request.post(`/api/megapay/${service}`, {
    headers: { Authorization: megapayAuth },
    form: { command: "pay", txn_id: txn, account, sum, txn_date: "20261126120000" },
  });
  return response.text();
}
