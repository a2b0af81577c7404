// Who may do what in the back office, in one place (../shared/docs/back-office-design.md). The
// pages, the office navigation, the server actions and the domain operations all ask `can`; the
// authorization matrix tests are generated from this table.
//
// "any": wherever the work is; "own": an operator only for their own office's work (the office
// of the application, invoice or payment, or where the money was taken). A role missing from a
// row may not do it at all.
import type { StaffActor, StaffRole } from "./staff-roles";

export type Reach = "any" | "own";

export const staffPermissions = {
  // Today, applications, invoices, clients, the journal, the daily close, CSV exports.
  read: { admin: "any", operator: "any", accountant: "any" },
  // Register a walk-in client, issue an invoice or a renewal; check documents, issue a
  // signature, cancel an unpaid invoice; record a cash or bank payment.
  officeWork: { admin: "any", operator: "own" },
  // A client belongs to no office: contacts and the SOChI switch.
  editClient: { admin: "any", operator: "any" },
  importSociClients: { admin: "any" },
  // MegaPay's registry: upload, read the report, explain a difference, ask to record a payment
  // it lists or to reverse one of ours it does not.
  reconcile: { admin: "any", accountant: "any" },
  // Money requests (a second person approves): asking to reverse a cash or bank payment (own:
  // the payment's office), to adjust a balance; deciding someone else's request.
  requestReversal: { admin: "any", operator: "own", accountant: "any" },
  requestBalanceAdjustment: { admin: "any" },
  decideMoneyRequests: { admin: "any", accountant: "any" },
  settings: { admin: "any" },
  staffAccounts: { admin: "any" },
  auditLog: { admin: "any" },
} as const satisfies Record<string, Partial<Record<StaffRole, Reach>>>;

export type StaffPermission = keyof typeof staffPermissions;

// Whether this staff member may do this; `office` is the office of the work, where the row
// distinguishes it (omitted: may they do it anywhere at all).
export function can(
  actor: Pick<StaffActor, "role" | "office">,
  permission: StaffPermission,
  office?: string | null,
): boolean {
  const reach = (staffPermissions[permission] as Partial<Record<StaffRole, Reach>>)[actor.role];
  if (!reach) return false;
  if (reach === "any" || office === undefined) return true;
  return actor.office !== null && actor.office === office;
}
