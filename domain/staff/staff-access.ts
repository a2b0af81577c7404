import type { StaffActor, StaffRole } from "@/config/staff-roles";

// A domain operation refused to this staff member's role (the pages check first; this is the
// check that holds whatever calls the operation).
export class NotAllowedError extends Error {
  override name = "NotAllowedError";
}

export function requireRole(actor: StaffActor, roles: readonly StaffRole[], what: string): void {
  if (!roles.includes(actor.role)) throw new NotAllowedError(`${actor.role} may not ${what}`);
}

// Work done at an office (issuing, checking documents, signatures, cancelling, taking money):
// an admin anywhere, an operator only for their own office, an accountant never.
export function requireOfficeWork(actor: StaffActor, office: string | null, what: string): void {
  requireRole(actor, ["admin", "operator"], what);
  if (actor.role === "operator" && actor.office !== office)
    throw new NotAllowedError(`an operator of ${actor.office} may not ${what} for ${office ?? "no office"}`);
}
