import { maskPersonName } from "@/lib/mask";

// The name a payer sees on `check`: an organisation's in full, a person's masked.
export function clientLabel(client: { inn: string; kind: string; name: string }): string {
  const isPerson = client.kind === "entrepreneur" || client.inn.startsWith("1") || client.inn.startsWith("2");
  return isPerson ? maskPersonName(client.name) : client.name;
}
