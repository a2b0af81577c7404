// How our HTTP server (server/http/serve.ts) hands the client's address to the app: in one
// header, with a second header proving that this process's server set it (an HMAC of the
// address under a secret drawn at start and never sent anywhere). Under any other runner
// (`next start`, `next dev`) there is no secret and the headers, which a client could have sent,
// are ignored: the address is unknown.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";

export const clientAddressHeader = "x-dostek-client-address";
export const clientAddressProofHeader = "x-dostek-client-address-proof";

// On globalThis, because Next.js loads server modules once per route bundle while our server
// and every bundle share one process.
const secretKey = Symbol.for("dostek.client-address-secret");
type WithSecret = { [secretKey]?: Buffer };

// The proofs of recent addresses, made once: MegaPay calls from a handful of addresses, and a
// proof depends only on the address (the secret does not change while the process lives).
const proofs = new LRUCache<string, string>({ max: 10_000 });

const proofOf = (secret: Buffer, address: string) => {
  let proof = proofs.get(address);
  if (proof === undefined) {
    proof = createHmac("sha256", secret).update(address).digest("base64url");
    proofs.set(address, proof);
  }
  return proof;
};

export function startClientAddressSigning(): (address: string) => string {
  const holder = globalThis as WithSecret;
  holder[secretKey] ??= randomBytes(32);
  const secret = holder[secretKey];
  return (address) => proofOf(secret, address);
}

// The client's address as our server computed it, or null when it is unknown (no server of
// ours in front, or headers that it did not set).
export function clientAddressOf(headers: Headers): string | null {
  const secret = (globalThis as WithSecret)[secretKey];
  const address = headers.get(clientAddressHeader);
  const proof = headers.get(clientAddressProofHeader);
  if (!secret || !address || !proof) return null;
  const expected = Buffer.from(proofOf(secret, address));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : null;
}
