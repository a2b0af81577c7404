import type { StaffActor, StaffRole } from "@/config/staff-roles";

// A domain operation refused to this staff member's role (the pages check first; this is the
// check that holds whatever calls the operation).
export class NotAllowedError extends Error {
  override name = "NotAllowedError";
}

export function requireRole(actor: StaffActor, roles: readonly StaffRole[], what: string): void {
  if (!roles.includes(actor.role)) throw new NotAllowedError(`${actor.role} may not ${what}`);
}
