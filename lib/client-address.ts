// The address of whoever sent a request. Without trusted proxies it is the TCP peer. Behind
// trusted reverse proxies, each appends the address it received from to X-Forwarded-For.
//
// Named proxies (TRUST_PROXY_ADDRESSES): X-Forwarded-For is read only when the TCP peer is one of
// them, from the right, past every entry that is itself a trusted proxy; the first one that is
// not is the client, and anything left of it came from the client and is ignored. A request
// that reaches the port from anywhere else is its TCP peer, whatever it claims.
export function clientAddressBehind(
  peer: string | undefined,
  forwardedFor: string | undefined,
  isTrustedProxy: (address: string) => boolean,
): string | null {
  const normalizedPeer = normalizeAddress(peer);
  if (!normalizedPeer || !isTrustedProxy(normalizedPeer)) return normalizedPeer;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => normalizeAddress(part))
    .filter((part): part is string => Boolean(part));
  let client = normalizedPeer;
  for (let i = chain.length - 1; i >= 0; i--) {
    client = chain[i]!;
    if (!isTrustedProxy(client)) break;
  }
  return client;
}

// A count of proxies (TRUST_PROXY_HOPS): the client is the entry `hops` places from the right.
// Right only if nothing but those proxies can reach the port.
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
