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
// evidence; or their account was made, or its password and second factor reset, after the
// request (an account made to approve it); or one of the people involved made it or reset it,
// directly or through accounts they made or reset (an admin who adds an accountant, or resets
// one, with a password they chose can sign in as that accountant once).
// The chain is read from the audit log's `staff.added` events, which every account has, and its
// `access.credentials-reset` events.
export async function findDependentApproval({
  db,
  approverId,
  involvedIds,
  requestedAt,
}: FindDependentApprovalOptions): Promise<"involved" | "accountTooNew" | "accountMadeByInvolved" | null> {
  if (involvedIds.includes(approverId)) return "involved";
  const approver = await db.staffUser.findUnique({ where: { id: approverId }, select: { createdAt: true } });
  if (!approver || approver.createdAt > requestedAt) return "accountTooNew";
  const seen = new Set<string>([approverId]);
  let accounts = [approverId];
  while (accounts.length > 0) {
    const events = await db.auditEvent.findMany({
      where: {
        action: { in: ["staff.added", "access.credentials-reset"] },
        subjectType: "staff",
        subjectId: { in: accounts },
      },
      select: { actorId: true, action: true, at: true, subjectId: true },
    });
    if (events.some((e) => e.subjectId === approverId && e.action !== "staff.added" && e.at > requestedAt)) {
      return "accountTooNew";
    }
    const makers = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
    if (makers.some((maker) => involvedIds.includes(maker))) return "accountMadeByInvolved";
    accounts = makers.filter((maker) => !seen.has(maker));
    for (const maker of accounts) seen.add(maker);
  }
  return null;
}
