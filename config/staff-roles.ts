// The back office's roles (ARCHITECTURE.md, ../shared/docs/back-office-design.md).
export const staffRoles = ["admin", "operator", "accountant"] as const;
export type StaffRole = (typeof staffRoles)[number];

// Who does something in the back office, as domain operations see it.
export interface StaffActor {
  id: string;
  email: string;
  role: StaffRole;
  office: "osh" | "jalal-abad" | null;
}
