import { headers } from "next/headers";
import { clientAddressHeader } from "./client-address-header";

export function clientAddressOf(requestHeaders: Headers): string | null {
  return requestHeaders.get(clientAddressHeader) || null;
}

export async function currentClientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}
