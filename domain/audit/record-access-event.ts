import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent, type AuditAction } from "./record-audit-event";

export type AccessAction = Extract<AuditAction, `access.${string}`>;

export interface RecordAccessEventOptions {
  db: Database;
  action: AccessAction;
  // The signed-in staff member; or at the sign-in the account as typed (any text), `proven` once
  // its password was right.
  account: { id: string; email: string } | { email: string; proven: boolean };
  // Where it came from: the client's address as our server computed it.
  address: string | null;
  // Anything else worth keeping (how long a throttled person must wait, which session).
  details?: Record<string, unknown>;
}

// Sign-ins, failures, throttling, the second factor, sign-outs, passwords: who (or which account
// was tried), from where. Someone not yet signed in is no actor: a failed or throttled sign-in is
// written with the email as typed and no id, and names the account it tried where one exists.
export async function recordAccessEvent({ db, action, account, address, details }: RecordAccessEventOptions) {
  const email = account.email.slice(0, 254);
  const known =
    "id" in account
      ? account.id
      : ((
          await db.staffUser.findUnique({
            where: { email: email.trim().toLowerCase() },
            select: { id: true },
          })
        )?.id ?? null);
  const signedIn = "id" in account || account.proven;
  await runTransaction(db, (tx) =>
    recordAuditEvent({
      tx,
      actor: signedIn && known ? { id: known, email } : { id: null, email },
      action,
      subject: { type: "staff", id: known ?? "unknown" },
      after: { address, ...details },
    }),
  );
}
