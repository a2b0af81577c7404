// Sign-in for the back office, through Better Auth (docs/decisions/0003-better-auth.md): staff
// accounts, scrypt password hashes, sessions stored in the database (revocable, a new one at
// every sign-in, ended after 12 hours without use; the 7-day lifetime is ours, in
// staff-session.ts) and TOTP with recovery codes. Everything is
// called from our server actions and pages through `auth.api`; there is no public auth route.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins";
import { getDatabase } from "@/server/db";
import { providerOf } from "@/server/db/provider";
import { getEnv } from "@/server/env";
import { getLogger } from "@/server/log";
import { companyName } from "@/config/company";
import { sessionIdleSeconds } from "@/config/staff-security";

function createAuth(secret: string) {
  const env = getEnv();
  return betterAuth({
    appName: companyName,
    baseURL: env.SITE_URL,
    secret,
    database: prismaAdapter(getDatabase(), { provider: providerOf(env.DATABASE_URL) }),
    telemetry: { enabled: false },
    // Its messages go to our structured log (a failed sign-in is a warning, without the email).
    logger: {
      log: (level, message) => getLogger()[level]({ source: "better-auth" }, message),
    },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin only (npm run staff:add, the staff page).
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
    },
    user: {
      modelName: "staffUser",
      additionalFields: {
        role: { type: "string", input: false, required: true },
        office: { type: "string", input: false, required: false },
        active: { type: "boolean", input: false, required: false, defaultValue: true },
        mustChangePassword: { type: "boolean", input: false, required: false, defaultValue: true },
      },
    },
    // Expires after 12 hours without use: each use more than 5 minutes after the last renewal
    // pushes the expiry 12 hours ahead.
    session: {
      modelName: "staffSession",
      expiresIn: sessionIdleSeconds,
      updateAge: 5 * 60,
      // A new session is a proof just made (the password, and the code where there is one).
      additionalFields: {
        verifiedAt: { type: "date", input: false, required: false, defaultValue: () => new Date() },
        lastUsedAt: { type: "date", input: false, required: false, defaultValue: () => new Date() },
        lastAddress: { type: "string", input: false, required: false },
      },
    },
    account: { modelName: "staffAccount" },
    databaseHooks: {
      session: {
        create: {
          // A switched-off account gets no session (sign-in then fails like a wrong password).
          before: async (session) => {
            const user = await getDatabase().staffUser.findUnique({
              where: { id: session.userId },
              select: { active: true },
            });
            if (!user?.active) return false;
          },
        },
      },
    },
    verification: { modelName: "staffVerification" },
    // Failed sign-ins are throttled by us, per account and per address, in the database
    // (server/auth/sign-in-throttle.ts), so that every instance counts the same.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "dostek-office",
      useSecureCookies: env.SITE_URL.startsWith("https://"),
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      twoFactor({ issuer: companyName, twoFactorTable: "staffTwoFactor" }),
      // Lets server actions set the session cookie through next/headers.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { dostekAuth?: Auth };

// The back office exists only with AUTH_SECRET set (it signs the session cookies).
export function getAuth(): Auth | null {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) return null;
  globalForAuth.dostekAuth ??= createAuth(secret);
  return globalForAuth.dostekAuth;
}
