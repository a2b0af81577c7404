// Who may do what in the back office, in one place (../shared/docs/back-office-design.md). The
// office bar, the pages, the server actions (app/[locale]/office/(staff)/staff-action.ts) and the
// domain operations (requirePermission, domain/staff/staff-access.ts) all ask `can`; the
// authorization matrices (e2e/office-access-matrix.spec.ts, e2e/office-action-matrix.spec.ts)
// take their expectations from this table. Who may approve a money request is this table's
// `decideMoneyRequests` and one more rule: never a person involved in it
// (domain/money-requests/find-dependent-approval.ts).
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
  // Bank statements: upload, and decide what the matching left waiting (assign a transfer to an
  // invoice or a client, or put it aside as not ours).
  bankStatements: { admin: "any", accountant: "any" },
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
// distinguishes it. Omitted, it asks whether they may do it at all (an operator: for their own
// office); pass the work's office whenever there is one.
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
