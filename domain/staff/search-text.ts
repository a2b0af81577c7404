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

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// A searched list's URL: the search box and the keyset position (anything malformed dropped).
export function readListParams(params: Record<string, string | string[] | undefined>): {
  q: SearchText | undefined;
  before: number | undefined;
} {
  const before = one(params.before);
  return {
    q: readSearchText(one(params.q)),
    before: before && /^\d{1,12}$/.test(before) && Number(before) > 0 ? Number(before) : undefined,
  };
}
