import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { moneyRequestRowOf, moneyRequestRowSelect } from "./list-money-requests";

// The oldest that wait for a decision, and how many there are (Today).
export async function listPendingMoneyRequests({
  db,
  actor,
  take,
}: {
  db: Database;
  actor: StaffActor;
  take: number;
}) {
  if (!can(actor, "read")) throw new NotAllowedError(`${actor.role} may not read requests`);
  const [rows, count] = await Promise.all([
    db.moneyRequest.findMany({
      where: { state: "pending" },
      orderBy: { id: "asc" },
      take,
      select: moneyRequestRowSelect,
    }),
    db.moneyRequest.count({ where: { state: "pending" } }),
  ]);
  return { rows: rows.map(moneyRequestRowOf), count };
}
