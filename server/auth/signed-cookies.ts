// Small cookies of ours about a sign-in, each an email with an expiry, signed with AUTH_SECRET so
// that a browser can neither write another name into them nor keep one past its time:
// - pending sign-in: whose code is awaited between the password and the code (10 minutes), so
//   that a wrong code in the audit log names the account it was for;
// - known device: the last account that signed in fully in this browser (180 days). Its owner
//   is not held up by the per-address limit, which someone else at the same address (the office
//   behind one public address) could otherwise use to keep everyone there out.
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "@/server/env";

const kinds = {
  pending: { name: "dostek-office-pending", seconds: 10 * 60 },
  device: { name: "dostek-office-device", seconds: 180 * 24 * 60 * 60 },
} as const;
type Kind = keyof typeof kinds;

const signature = (kind: Kind, payload: string, secret: string) =>
  createHmac("sha256", secret).update(`${kind}:${payload}`).digest("base64url");

async function remember(kind: Kind, email: string): Promise<void> {
  const { AUTH_SECRET: secret, SITE_URL } = getEnv();
  if (!secret) return;
  const { name, seconds } = kinds[kind];
  const payload = Buffer.from(JSON.stringify({ email, until: Date.now() + seconds * 1000 })).toString(
    "base64url",
  );
  (await cookies()).set(name, `${payload}.${signature(kind, payload, secret)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: seconds,
  });
}

async function read(kind: Kind): Promise<string | null> {
  const secret = getEnv().AUTH_SECRET;
  const value = (await cookies()).get(kinds[kind].name)?.value;
  if (!secret || !value) return null;
  const [payload, signed] = value.split(".");
  if (!payload || !signed) return null;
  const expected = Buffer.from(signature(kind, payload, secret));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { email, until } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof email === "string" && typeof until === "number" && until > Date.now() ? email : null;
  } catch {
    return null;
  }
}

export const rememberPendingSignIn = (email: string) => remember("pending", email);
export const pendingSignIn = () => read("pending");
export async function forgetPendingSignIn(): Promise<void> {
  (await cookies()).delete(kinds.pending.name);
}

export const rememberKnownDevice = (email: string) => remember("device", email);
export const knownDevice = () => read("device");
