// The public renewal's two steps belong to one browser: step 1 (INN and phone) sets this cookie to
// a random key and the INN, step 2 (the code) must come with it. Nobody else can then use up a
// code's tries, and the INN stays out of the page's address (a shared phone's history).
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "@/server/env";

const name = "dostek-renewal";
const seconds = 15 * 60;

export async function startRenewalRequest(inn: string): Promise<string> {
  const key = randomBytes(16).toString("base64url");
  (await cookies()).set(name, `${key}:${inn}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: seconds,
  });
  return key;
}

export async function currentRenewalRequest(): Promise<{ key: string; inn: string } | null> {
  const value = (await cookies()).get(name)?.value ?? "";
  const match = /^([A-Za-z0-9_-]{22}):(\d{14})$/.exec(value);
  return match ? { key: match[1]!, inn: match[2]! } : null;
}
