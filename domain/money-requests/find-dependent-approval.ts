import type { Database } from "@/server/db";

export interface FindDependentApprovalOptions {
  db: Database;
  approverId: string;
  // Who may not approve: the person who asked, and whoever supplied what the request rests on
  // (the uploader of the registry a registry line or a reversal comes from).
  involvedIds: string[];
  requestedAt: Date;
}

// Why this approver is not a second person, if they are not: they asked or supplied the
// evidence; or their account was made after the request (an account made to approve it); or an
// account of one of the people involved made theirs, directly or through accounts it made (an
// admin who adds an accountant with a password they chose can sign in as that accountant).
// The chain is read from the audit log's `staff.added` events, which every account has.
export async function findDependentApproval({
  db,
  approverId,
  involvedIds,
  requestedAt,
}: FindDependentApprovalOptions): Promise<"involved" | "accountTooNew" | "accountMadeByInvolved" | null> {
  if (involvedIds.includes(approverId)) return "involved";
  const approver = await db.staffUser.findUnique({ where: { id: approverId }, select: { createdAt: true } });
  if (!approver || approver.createdAt > requestedAt) return "accountTooNew";
  let account = approverId;
  const seen = new Set<string>([account]);
  for (;;) {
    const added = await db.auditEvent.findFirst({
      where: { action: "staff.added", subjectType: "staff", subjectId: account },
      select: { actorId: true },
    });
    const maker = added?.actorId;
    if (!maker) return null;
    if (involvedIds.includes(maker)) return "accountMadeByInvolved";
    if (seen.has(maker)) return null;
    seen.add(maker);
    account = maker;
  }
}
