import { sessionLifetimeMs } from "@/config/staff-security";
import type { Database } from "@/server/db";

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
    // Live ones: not idle past their expiry, and younger than the lifetime (staff-session.ts
    // ends older ones at their next use).
    where: {
      userId: staff.id,
      expiresAt: { gt: new Date() },
      createdAt: { gt: new Date(Date.now() - sessionLifetimeMs) },
    },
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
