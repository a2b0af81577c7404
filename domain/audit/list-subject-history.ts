import type { TransactionClient, Database } from "@/server/db";
import type { AuditSubjectType } from "./record-audit-event";

export interface HistoryEvent {
  at: Date;
  actorEmail: string;
  action: string;
  before: unknown;
  after: unknown;
}

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as unknown));

// What staff did to these subjects, oldest first (an application's history is its own events
// and its invoice's).
export async function listSubjectHistory(
  db: Database | TransactionClient,
  subjects: { type: AuditSubjectType; id: string }[],
): Promise<HistoryEvent[]> {
  const events = await db.auditEvent.findMany({
    where: { OR: subjects.map((s) => ({ subjectType: s.type, subjectId: s.id })) },
    orderBy: { id: "asc" },
    take: 500,
  });
  return events.map((e) => ({
    at: e.at,
    actorEmail: e.actorEmail,
    action: e.action,
    before: parse(e.before),
    after: parse(e.after),
  }));
}
