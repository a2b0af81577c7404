import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";

export interface StaffSessionRow {
  id: string;
  signedInAt: Date;
  signedInFrom: string | null;
  lastUsedAt: Date;
  lastAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

// Every live session of this staff member (devices where they are signed in), newest first.
export async function listOwnSessions({
  db,
  staff,
}: {
  db: Database;
  staff: { id: string; sessionId: string };
}): Promise<StaffSessionRow[]> {
  const rows = await db.staffSession.findMany({
    where: { userId: staff.id, expiresAt: { gt: new Date() } },
    orderBy: { lastUsedAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      ipAddress: true,
      lastUsedAt: true,
      lastAddress: true,
      userAgent: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    signedInAt: r.createdAt,
    signedInFrom: r.ipAddress,
    lastUsedAt: r.lastUsedAt,
    lastAddress: r.lastAddress ?? r.ipAddress,
    userAgent: r.userAgent,
    current: r.id === staff.sessionId,
  }));
}

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
