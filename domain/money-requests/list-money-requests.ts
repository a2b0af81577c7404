import { can } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import { readChange, type MoneyRequestChange } from "./money-request-change";

export interface MoneyRequestRow {
  id: number;
  kind: MoneyRequestChange["kind"];
  state: "pending" | "approved" | "rejected";
  amountTyiyn: number;
  client: { inn: string; name: string } | null;
  reason: string;
  requestedByEmail: string;
  requestedAt: Date;
  // An approved payment request whose payment is not yet recorded (see decide-money-request.ts).
  unfinished: boolean;
}

export const moneyRequestRowSelect = {
  id: true,
  kind: true,
  state: true,
  amountTyiyn: true,
  change: true,
  reason: true,
  requestedByEmail: true,
  requestedAt: true,
  resultPaymentId: true,
} as const;

export const moneyRequestRowOf = (r: {
  id: number;
  kind: MoneyRequestChange["kind"];
  state: MoneyRequestRow["state"];
  amountTyiyn: number;
  change: string;
  reason: string;
  requestedByEmail: string;
  requestedAt: Date;
  resultPaymentId: number | null;
}): MoneyRequestRow => {
  const change = readChange(r.change);
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    amountTyiyn: r.amountTyiyn,
    client: { inn: change.client.inn, name: change.client.name },
    reason: r.reason,
    requestedByEmail: r.requestedByEmail,
    requestedAt: r.requestedAt,
    unfinished: r.state === "approved" && r.resultPaymentId === null && r.kind !== "balanceAdjustment",
  };
};

// The requests waiting for a decision (oldest first: they have waited longest), and the latest
// decided ones. Every role reads them; who may decide is the page's and the operation's check.
export async function listMoneyRequests({ db, actor }: { db: Database; actor: StaffActor }) {
  if (!can(actor, "read")) throw new NotAllowedError(`${actor.role} may not read requests`);
  const [pending, decided] = await Promise.all([
    db.moneyRequest.findMany({
      where: { state: "pending" },
      orderBy: { id: "asc" },
      take: 500,
      select: moneyRequestRowSelect,
    }),
    db.moneyRequest.findMany({
      where: { state: { not: "pending" } },
      orderBy: { id: "desc" },
      take: 100,
      select: moneyRequestRowSelect,
    }),
  ]);
  return { pending: pending.map(moneyRequestRowOf), decided: decided.map(moneyRequestRowOf) };
}
