import { z } from "zod";
import { beforeParam, readUrlFilter, type UrlParams } from "./url-filter";

// One search box for INN (14 digits), invoice number (16 digits) or a name: which one was typed.
export type SearchText =
  { kind: "inn"; value: string } | { kind: "invoice"; value: string } | { kind: "name"; value: string };

export function readSearchText(raw: string | undefined): SearchText | undefined {
  const text = (raw ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
  if (!text) return undefined;
  const digits = text.replace(/[\s-]/g, "");
  if (/^\d{14}$/.test(digits)) return { kind: "inn", value: digits };
  if (/^\d{16}$/.test(digits)) return { kind: "invoice", value: digits };
  return { kind: "name", value: text };
}

// A searched list's URL: the search box and the keyset position (anything malformed dropped).
const listParamsSchema = z.object({
  q: z.string().optional().transform(readSearchText),
  before: beforeParam,
});

export const readListParams = (params: UrlParams) => readUrlFilter(listParamsSchema, params);
