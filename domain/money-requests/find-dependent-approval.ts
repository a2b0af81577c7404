import type { Database } from "@/server/db";

export interface FindDependentApprovalOptions {
  db: Database;
  approverId: string;
  // Who may not approve: the person who asked, and whoever supplied what the request rests on
  // (the uploader of the registry a registry line or a reversal comes from).
  involvedIds: string[];
  requestedAt: Date;
}

export type ApprovalDependence =
  "involved" | "accountTooNew" | "accountMadeByInvolved" | "madeInvolvedAccount";

// Everyone who made or reset these accounts, directly or through accounts they made or reset
// (the audit log's `staff.added` events, which every account has, and its
// `access.credentials-reset` events); and whether the first account was reset after `since`.
async function makersOf(db: Database, account: string, since: Date) {
  const makers = new Set<string>();
  let resetSince = false;
  let accounts = [account];
  while (accounts.length > 0) {
    const events = await db.auditEvent.findMany({
      where: {
        action: { in: ["staff.added", "access.credentials-reset"] },
        subjectType: "staff",
        subjectId: { in: accounts },
      },
      select: { actorId: true, action: true, at: true, subjectId: true },
    });
    resetSince ||= events.some((e) => e.subjectId === account && e.action !== "staff.added" && e.at > since);
    accounts = [];
    for (const { actorId } of events) {
      if (actorId === null || actorId === account || makers.has(actorId)) continue;
      makers.add(actorId);
      accounts.push(actorId);
    }
  }
  return { makers, resetSince };
}

// Why this approver is not a second person, if they are not:
// - they asked or supplied the evidence;
// - their account was made, or its password and second factor reset, after the request (an
//   account made to approve it);
// - one of the people involved made or reset their account, directly or through accounts they
//   made or reset (whoever chose an account's password can sign in as it once);
// - they made or reset the account of one of the people involved, the same way round (an admin
//   who adds or resets an accountant could ask in that accountant's name and approve as
//   themselves).
export async function findDependentApproval({
  db,
  approverId,
  involvedIds,
  requestedAt,
}: FindDependentApprovalOptions): Promise<ApprovalDependence | null> {
  if (involvedIds.includes(approverId)) return "involved";
  const approver = await db.staffUser.findUnique({ where: { id: approverId }, select: { createdAt: true } });
  if (!approver || approver.createdAt > requestedAt) return "accountTooNew";
  const own = await makersOf(db, approverId, requestedAt);
  if (own.resetSince) return "accountTooNew";
  if (involvedIds.some((id) => own.makers.has(id))) return "accountMadeByInvolved";
  for (const involved of involvedIds) {
    if ((await makersOf(db, involved, requestedAt)).makers.has(approverId)) return "madeInvolvedAccount";
  }
  return null;
}
