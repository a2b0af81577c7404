import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";

// Ends one of one's own sessions (a computer left signed in elsewhere). Only one's own: the id
// of someone else's session ends nothing. Audited.
export async function revokeOwnSession({
  db,
  staff,
  sessionId,
  address,
}: {
  db: Database;
  staff: { id: string; email: string };
  sessionId: string;
  address: string | null;
}): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    const { count } = await tx.staffSession.deleteMany({ where: { id: sessionId, userId: staff.id } });
    if (count === 0) return false;
    await recordAuditEvent({
      tx,
      actor: staff,
      action: "access.session-revoked",
      subject: { type: "staff", id: staff.id },
      after: { address, session: sessionId },
    });
    return true;
  });
}
