import type { StaffActor } from "@/config/staff-roles";
import type { TransactionClient } from "@/server/db";
import { MoneyRequestRefusal } from "./money-request-problems";

// Marks a pending request approved or rejected by this person, or throws notPending: of two
// people deciding at once, exactly one gets it (a conditional update, under the row's lock).
export async function claimMoneyRequest(
  tx: TransactionClient,
  {
    requestId,
    actor,
    state,
    comment,
  }: { requestId: number; actor: StaffActor; state: "approved" | "rejected"; comment: string },
): Promise<void> {
  const { count } = await tx.moneyRequest.updateMany({
    where: { id: requestId, state: "pending" },
    data: {
      state,
      decidedById: actor.id,
      decidedByEmail: actor.email,
      decidedAt: new Date(),
      decisionComment: comment,
    },
  });
  if (count !== 1) throw new MoneyRequestRefusal("notPending");
}
