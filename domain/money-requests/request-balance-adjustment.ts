import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { createMoneyRequest } from "./create-money-request";
import { refusedRequest, type MoneyRequestResult } from "./money-request-problems";

export interface RequestBalanceAdjustmentOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
  // Positive credits, negative debits; never zero.
  amountTyiyn: number;
  // Already checked by staffCommentSchema.
  reason: string;
}

// Asks for a manual correction of a client's SOChI balance, against the balance as it is now:
// someone else approves it (decide-money-request.ts), or it changes nothing. A debit may not ask
// for more than the balance holds.
export async function requestBalanceAdjustment(
  options: RequestBalanceAdjustmentOptions,
): Promise<MoneyRequestResult> {
  const { db, actor, inn, amountTyiyn, reason } = options;
  if (!can(actor, "requestBalanceAdjustment"))
    throw new NotAllowedError(`${actor.role} may not ask for balance adjustments`);
  const client = await db.client.findUnique({
    where: { inn },
    select: { id: true, inn: true, name: true, balanceTyiyn: true },
  });
  if (!client) return refusedRequest("notFound");
  if (amountTyiyn === 0) return refusedRequest("cannotRecord");
  if (client.balanceTyiyn + amountTyiyn < 0) return refusedRequest("belowZero");
  const requestId = await createMoneyRequest({
    db,
    actor,
    change: {
      kind: "balanceAdjustment",
      client: { id: client.id, inn: client.inn, name: client.name },
      amountTyiyn,
      balanceTyiyn: client.balanceTyiyn,
    },
    amountTyiyn,
    reason,
    office: null,
    clientId: client.id,
  });
  return { ok: true, requestId };
}
