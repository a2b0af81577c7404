// What the back office's pages and actions do with sign-in, in our terms; Better Auth's API and
// its errors stay in server/auth/.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getAuth } from "./auth";
import { checkSignInThrottle, recordSignInFailure } from "./sign-in-throttle";

export type SignInOutcome =
  | { outcome: "signed-in" | "second-factor" | "invalid" | "unavailable" }
  | { outcome: "throttled"; retryAfterMs: number };

// Email and password. Unknown email, wrong password and a switched-off account get the same
// answer; failures count against the account and the address (sign-in-throttle.ts).
export async function signInStaff(
  email: string,
  password: string,
  address: string | null,
): Promise<SignInOutcome> {
  const auth = getAuth();
  if (!auth) return { outcome: "unavailable" };
  const throttle = await checkSignInThrottle(email, address);
  if (!throttle.allowed) return { outcome: "throttled", retryAfterMs: throttle.retryAfterMs };
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    return {
      outcome: "twoFactorRedirect" in result && result.twoFactorRedirect ? "second-factor" : "signed-in",
    };
  } catch (error) {
    if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
    await recordSignInFailure(email, address);
    return { outcome: "invalid" };
  }
}

// The code from the authenticator app (6 digits) or a recovery code, after a password sign-in
// that asked for it. "expired": the 10 minutes for it are over, or too many wrong codes.
export async function verifySecondFactor(
  code: string,
): Promise<"signed-in" | "invalid" | "expired" | "unavailable"> {
  const auth = getAuth();
  if (!auth) return "unavailable";
  const requestHeaders = await headers();
  try {
    if (/^\d{6}$/.test(code)) await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
    else await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
    return "signed-in";
  } catch (error) {
    if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
    return /cookie|expired|attempt/i.test(`${error.body?.code ?? ""} ${error.message}`)
      ? "expired"
      : "invalid";
  }
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
  password: string,
): Promise<{ totpUri: string; backupCodes: string[] } | "invalid-password" | "unavailable"> {
  const auth = getAuth();
  if (!auth) return "unavailable";
  try {
    const result = await auth.api.enableTwoFactor({ body: { password }, headers: await headers() });
    if (result.method !== "totp") throw new Error("the second factor is set up for TOTP only");
    return { totpUri: result.totpURI, backupCodes: result.backupCodes };
  } catch (error) {
    if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
    return "invalid-password";
  }
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
