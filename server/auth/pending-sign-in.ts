// Between the password and the code, Better Auth knows whose sign-in it is only through its own
// signed cookie. For the audit log (a wrong code names the account it was for) we keep the email
// in a cookie of ours, signed with AUTH_SECRET so that a browser cannot put another name in the
// log, and gone after the 10 minutes the code may take.
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "@/server/env";

const name = "dostek-office-pending";

const signature = (email: string, secret: string) =>
  createHmac("sha256", secret).update(`pending-sign-in:${email}`).digest("base64url");

export async function rememberPendingSignIn(email: string): Promise<void> {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) return;
  (await cookies()).set(name, `${Buffer.from(email).toString("base64url")}.${signature(email, secret)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: 10 * 60,
  });
}

// The email whose code is awaited, or null.
export async function pendingSignIn(): Promise<string | null> {
  const secret = getEnv().AUTH_SECRET;
  const value = (await cookies()).get(name)?.value;
  if (!secret || !value) return null;
  const [encoded, signed] = value.split(".");
  if (!encoded || !signed) return null;
  const email = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(signature(email, secret));
  const given = Buffer.from(signed);
  return expected.length === given.length && timingSafeEqual(expected, given) ? email : null;
}

export async function forgetPendingSignIn(): Promise<void> {
  (await cookies()).delete(name);
}
