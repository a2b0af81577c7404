import { sessionLifetimeMs } from "@/config/staff-security";
import type { StaffActor, StaffRole } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "./staff-access";

export interface StaffMemberView {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  office: string | null;
  active: boolean;
  twoFactorEnabled: boolean;
  sessions: number;
}

// Everyone with an account, active first, for the admin's staff page.
export async function listStaffMembers({
  db,
  actor,
}: {
  db: Database;
  actor: StaffActor;
}): Promise<StaffMemberView[]> {
  requirePermission(actor, "staffAccounts", "see staff accounts");
  const now = new Date();
  const people = await db.staffUser.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      office: true,
      active: true,
      twoFactorEnabled: true,
      _count: {
        select: {
          sessions: {
            where: { expiresAt: { gt: now }, createdAt: { gt: new Date(now.getTime() - sessionLifetimeMs) } },
          },
        },
      },
    },
  });
  return people.map(({ _count, twoFactorEnabled, ...person }) => ({
    ...person,
    twoFactorEnabled: Boolean(twoFactorEnabled),
    sessions: _count.sessions,
  }));
}
