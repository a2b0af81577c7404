// The address of whoever sent a request. Without trusted proxies it is the TCP peer. Behind
// `hops` trusted reverse proxies, each appends the address it received from to X-Forwarded-For,
// so the client is the entry `hops` places from the right; anything left of it came from the
// client and is ignored.
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string | null {
  const normalizedPeer = normalizeAddress(peer);
  if (hops <= 0) return normalizedPeer;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length < hops) return null;
  return normalizeAddress(chain[chain.length - hops]);
}

// "::ffff:127.0.0.1" → "127.0.0.1"; "[::1]" → "::1"; anything else as given.
export function normalizeAddress(address: string | undefined): string | null {
  if (!address) return null;
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed || null;
}
