import { can, type StaffPermission } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";

// A domain operation refused to this staff member (the pages and the action helper check first;
// this is the check that holds whatever calls the operation).
export class NotAllowedError extends Error {
  override name = "NotAllowedError";
}

// The permission table's answer (config/staff-permissions.ts), as a refusal. `office` is the
// office of the work where the permission distinguishes it (an operator's own office).
export function requirePermission(
  actor: StaffActor,
  permission: StaffPermission,
  what: string,
  office?: string | null,
): void {
  if (!can(actor, permission, office))
    throw new NotAllowedError(
      `${actor.role}${actor.office ? ` of ${actor.office}` : ""} may not ${what}${office === undefined ? "" : ` for ${office ?? "no office"}`}`,
    );
}
