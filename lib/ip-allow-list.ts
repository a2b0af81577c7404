import { BlockList, isIP } from "node:net";

export class AllowListError extends Error {
  override name = "AllowListError";
}

// "10.0.0.1, 192.168.0.0/16, 2001:db8::/32" → a matcher. Empty → null (no restriction).
export function parseAllowList(text: string): BlockList | null {
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefixText, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    if (!address || family === 0 || rest.length > 0)
      throw new AllowListError(`not an IP address or CIDR range: ${entry}`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128)))
      throw new AllowListError(`bad prefix length: ${entry}`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

export function isAllowed(list: BlockList | null, address: string | null): boolean {
  if (!list) return true;
  if (!address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 4 ? "ipv4" : "ipv6");
}
