import { headers } from "next/headers";
import { clientAddressOf } from "./client-address-header";

// The client's address in a server component or action (next/headers); route handlers and the
// MegaPay API read it from their request with clientAddressOf (client-address-header.ts), which
// npm start's own server can load without Next.js.
export async function currentClientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}
