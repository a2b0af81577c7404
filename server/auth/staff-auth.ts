// What the back office's pages and actions do with sign-in, in our terms; Better Auth's API and
// its errors stay in server/auth/.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { confirmationThrottle } from "@/lib/attempt-delay";
import { getDatabase, withAttemptThrottle } from "@/server/db";
import { getAuth } from "./auth";
import { knownDevice } from "./signed-cookies";
import { withSignInThrottle } from "./sign-in-throttle";
import type { SignedInStaff } from "./staff-session";

export type SignInOutcome =
  | { outcome: "signed-in" | "second-factor" | "invalid" | "unavailable" }
  | { outcome: "throttled"; retryAfterMs: number };

// Better Auth's refusals of what the person typed (a wrong password, a wrong code); anything
// else (the database gone, a bug) is thrown on.
const refusal = (error: unknown): APIError => {
  if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
  return error;
};

// Email and password. Unknown email, wrong password and a switched-off account get the same
// answer; the attempt is counted before the password is checked (sign-in-throttle.ts).
export async function signInStaff(
  email: string,
  password: string,
  address: string | null,
): Promise<SignInOutcome> {
  const auth = getAuth();
  if (!auth) return { outcome: "unavailable" };
  const requestHeaders = await headers();
  const device = (await knownDevice()) === email.trim().toLowerCase();
  const keys = { account: email, address, knownDevice: device };
  const checked = await withSignInThrottle(getDatabase(), keys, async () => {
    try {
      const result = await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
      const secondFactor = "twoFactorRedirect" in result && Boolean(result.twoFactorRedirect);
      return { proven: true, value: secondFactor ? ("second-factor" as const) : ("signed-in" as const) };
    } catch (error) {
      refusal(error);
      return { proven: false, value: "invalid" as const };
    }
  });
  if (checked.outcome === "throttled") return checked;
  return { outcome: checked.value };
}

// The code from the authenticator app (6 digits) or a recovery code, after a password sign-in
// that asked for it. "expired": the 10 minutes for it are over, or too many wrong codes (Better
// Auth allows 5 per sign-in, and locks the second factor for 15 minutes after 10 in a row).
export type SecondFactorOutcome =
  | { outcome: "signed-in"; user: { id: string; email: string }; recoveryCode: boolean }
  | { outcome: "invalid" | "expired" | "locked" | "unavailable" };

export async function verifySecondFactor(code: string): Promise<SecondFactorOutcome> {
  const auth = getAuth();
  if (!auth) return { outcome: "unavailable" };
  const requestHeaders = await headers();
  const isTotp = /^\d{6}$/.test(code);
  try {
    const { user } = isTotp
      ? await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders })
      : await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
    return { outcome: "signed-in", user: { id: user.id, email: user.email }, recoveryCode: !isTotp };
  } catch (error) {
    const refused = refusal(error);
    const reason = `${refused.body?.code ?? ""} ${refused.message}`;
    // Ten wrong codes in a row lock the second factor for 15 minutes (Better Auth).
    if (/locked/i.test(reason)) return { outcome: "locked" };
    return { outcome: /cookie|expired|attempt/i.test(reason) ? "expired" : "invalid" };
  }
}

// The password or a code from the app again, inside a session, before a sensitive action: on
// success the session counts as freshly proven (config/staff-security.ts). Throttled per staff
// member, the key `confirm:<id>` (Better Auth counts wrong codes only at the sign-in).
export async function confirmIdentity(
  staff: SignedInStaff,
  proof: string,
): Promise<
  { outcome: "confirmed" | "invalid" | "unavailable" } | { outcome: "throttled"; retryAfterMs: number }
> {
  const auth = getAuth();
  if (!auth) return { outcome: "unavailable" };
  const requestHeaders = await headers();
  const db = getDatabase();
  const code = proof.replace(/[\s-]/g, "");
  const checked = await withAttemptThrottle(db, confirmationThrottle(staff.id), async () => {
    try {
      if (/^\d{6}$/.test(code) && staff.twoFactorEnabled) {
        await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
      } else {
        const { status } = await auth.api.verifyPassword({
          body: { password: proof },
          headers: requestHeaders,
        });
        if (!status) return { proven: false, value: null };
      }
      return { proven: true, value: null };
    } catch (error) {
      refusal(error);
      return { proven: false, value: null };
    }
  });
  if (checked.outcome === "throttled") return checked;
  if (!checked.proven) return { outcome: "invalid" };
  await db.staffSession.updateMany({ where: { id: staff.sessionId }, data: { verifiedAt: new Date() } });
  return { outcome: "confirmed" };
}

// Ends this session, or every session of this person (on every device).
export async function signOutStaff({ everywhere }: { everywhere: boolean }): Promise<void> {
  const auth = getAuth();
  if (!auth) return;
  const requestHeaders = await headers();
  if (everywhere) await auth.api.revokeSessions({ headers: requestHeaders });
  await auth.api.signOut({ headers: requestHeaders });
}

// Step 1 of turning on the second factor: the password again, then a new secret (as an otpauth
// URI for the QR code) and recovery codes. It is on only once a code from the app is verified.
export async function startTwoFactorSetup(
  staff: SignedInStaff,
  password: string,
): Promise<
  | { totpUri: string; backupCodes: string[] }
  | "invalid-password"
  | "already-on"
  | "unavailable"
  | { retryAfterMs: number }
> {
  const auth = getAuth();
  if (!auth) return "unavailable";
  // Once it is on, a new secret comes only through an admin's reset (and nobody gets a free
  // password check here).
  if (staff.twoFactorEnabled) return "already-on";
  const requestHeaders = await headers();
  // The password check is counted like the other proofs inside a session.
  const checked = await withAttemptThrottle(getDatabase(), confirmationThrottle(staff.id), async () => {
    try {
      const result = await auth.api.enableTwoFactor({ body: { password }, headers: requestHeaders });
      if (result.method !== "totp") throw new Error("the second factor is set up for TOTP only");
      return { proven: true, value: { totpUri: result.totpURI, backupCodes: result.backupCodes } };
    } catch (error) {
      refusal(error);
      return { proven: false, value: null };
    }
  });
  if (checked.outcome === "throttled") return { retryAfterMs: checked.retryAfterMs };
  return checked.value ?? "invalid-password";
}

export async function confirmTwoFactorSetup(code: string): Promise<"enabled" | "invalid" | "unavailable"> {
  const auth = getAuth();
  if (!auth) return "unavailable";
  try {
    await auth.api.verifyTOTP({ body: { code }, headers: await headers() });
    return "enabled";
  } catch (error) {
    if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
    return "invalid";
  }
}
