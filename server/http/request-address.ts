import { headers } from "next/headers";
import { verifiedClientAddress } from "./client-address-header";

// The client's address as our server computed it, or null when it is unknown (no server of
// ours in front, or headers that it did not set).
export function clientAddressOf(requestHeaders: Headers): string | null {
  return verifiedClientAddress(requestHeaders);
}

export async function currentClientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}
