import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { findDependentApproval } from "./find-dependent-approval";
import { readChange, reversalShortfall, uploadersOf } from "./money-request-change";

// One request with exactly what it would change, who asked and who decided, and whether this
// staff member may decide it now.
export async function getMoneyRequest({
  db,
  actor,
  requestId,
}: {
  db: Database;
  actor: StaffActor;
  requestId: number;
}) {
  if (!can(actor, "read")) throw new NotAllowedError(`${actor.role} may not read requests`);
  const request = await db.moneyRequest.findUnique({ where: { id: requestId } });
  if (!request) return null;
  const change = readChange(request.change);
  const people = await db.staffUser.findMany({
    where: { id: { in: [request.requestedById, ...(request.decidedById ? [request.decidedById] : [])] } },
    select: { id: true, name: true, email: true },
  });
  const person = (id: string | null, email: string | null) =>
    id ? (people.find((p) => p.id === id) ?? { id, name: email ?? id, email: email ?? "" }) : null;
  const unfinished =
    request.state === "approved" && request.resultPaymentId === null && change.kind !== "balanceAdjustment";
  const own = request.requestedById === actor.id;
  const mayDecideRole = can(actor, "decideMoneyRequests") && !own;
  const dependence = mayDecideRole
    ? await findDependentApproval({
        db,
        approverId: actor.id,
        involvedIds: [request.requestedById, ...uploadersOf(change)],
        requestedAt: request.requestedAt,
      })
    : null;
  return {
    id: request.id,
    kind: change.kind,
    state: request.state,
    amountTyiyn: request.amountTyiyn,
    reason: request.reason,
    change,
    shortfallTyiyn: change.kind === "reversal" ? reversalShortfall(change) : 0,
    requestedBy: person(request.requestedById, request.requestedByEmail)!,
    requestedAt: request.requestedAt,
    decidedBy: person(request.decidedById, request.decidedByEmail),
    decidedAt: request.decidedAt,
    decisionComment: request.decisionComment,
    resultPaymentId: request.resultPaymentId,
    unfinished,
    own,
    // Pending (or approved by this person and not yet recorded), not their own, and their role decides.
    // Why this staff member is not a second person for it (find-dependent-approval.ts), if not.
    dependence,
    mayDecide:
      mayDecideRole &&
      !dependence &&
      (request.state === "pending" || (unfinished && request.decidedById === actor.id)),
  };
}

export type MoneyRequestDetail = NonNullable<Awaited<ReturnType<typeof getMoneyRequest>>>;
