// How long a back-office sign-in lasts and how fresh a proof must be (OWASP ASVS 5.0 level 2,
// chapter 7): the server/auth/ helpers and the security page read these.
import type { StaffPermission } from "./staff-permissions";

// A session ends after 12 hours without use, and 7 days after the sign-in however much it is used.
export const sessionIdleSeconds = 12 * 60 * 60;
export const sessionLifetimeMs = 7 * 24 * 60 * 60_000;

// Approving money, changing who has an account and changing the settings ask for the password or
// a code from the app again once the last proof in this session is older than this.
export const freshProofMs = 15 * 60_000;
export const freshProofPermissions: readonly StaffPermission[] = [
  "decideMoneyRequests",
  "staffAccounts",
  "settings",
];

// "Where and when last used" on the security page is written at most this often per session.
export const sessionUseRecordMs = 60_000;
