import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import type { TransferMatch } from "./match-transfer";
import type { TransferWaitReason } from "./transfer-wait-reasons";

export interface BankTransferView {
  id: number;
  number: string;
  date: Date;
  amountTyiyn: number;
  payerName: string;
  payerInn: string | null;
  payerAccount: string | null;
  purpose: string;
  state: "recorded" | "waiting" | "notOurs";
  match: TransferMatch;
  waitReason: TransferWaitReason | null;
  invoiceNumber: string | null;
  clientName: string | null;
  clientInn: string | null;
  paymentId: number | null;
  moneyRequestId: number | null;
  comment: string | null;
}

export const transferSelect = {
  id: true,
  number: true,
  date: true,
  amountTyiyn: true,
  payerName: true,
  payerInn: true,
  payerAccount: true,
  purpose: true,
  state: true,
  match: true,
  waitReason: true,
  invoiceId: true,
  clientId: true,
  paymentId: true,
  moneyRequestId: true,
  comment: true,
} as const;

// A row as transferSelect reads it.
interface TransferRow extends Omit<
  BankTransferView,
  "waitReason" | "invoiceNumber" | "clientName" | "clientInn"
> {
  invoiceId: number | null;
  clientId: number | null;
  waitReason: string | null;
}

// The invoices' numbers and the clients' names the rows point at, in two queries.
export async function viewsOf(db: Database, rows: TransferRow[]): Promise<BankTransferView[]> {
  const invoiceIds = [...new Set(rows.flatMap((r) => (r.invoiceId ? [r.invoiceId] : [])))];
  const clientIds = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
  const [invoices, clients] = await Promise.all([
    db.invoice.findMany({ where: { id: { in: invoiceIds } }, select: { id: true, number: true } }),
    db.client.findMany({ where: { id: { in: clientIds } }, select: { id: true, name: true, inn: true } }),
  ]);
  const numbers = new Map(invoices.map((i) => [i.id, i.number]));
  const byId = new Map(clients.map((c) => [c.id, c]));
  return rows.map(({ invoiceId, clientId, ...row }) => {
    const client = clientId === null ? undefined : byId.get(clientId);
    return {
      ...row,
      waitReason: row.waitReason as TransferWaitReason | null,
      invoiceNumber: (invoiceId !== null && numbers.get(invoiceId)) || null,
      clientName: client?.name ?? null,
      clientInn: client?.inn ?? null,
    };
  });
}

// Transfers whose assignment waited for a second person follow the decision: approved, the
// payment it recorded; rejected, back to a person's queue.
export async function followTransferRequests(db: Database): Promise<void> {
  const waiting = await db.bankTransfer.findMany({
    where: { waitReason: "awaitingApproval", moneyRequestId: { not: null } },
    select: { id: true, moneyRequestId: true },
  });
  if (waiting.length === 0) return;
  const requests = await db.moneyRequest.findMany({
    where: { id: { in: waiting.map((w) => w.moneyRequestId!) }, state: { not: "pending" } },
    select: { id: true, state: true, resultPaymentId: true },
  });
  for (const request of requests) {
    const transfer = waiting.find((w) => w.moneyRequestId === request.id)!;
    const approved = request.state === "approved" && request.resultPaymentId !== null;
    if (request.state === "approved" && !approved) continue;
    await db.bankTransfer.updateMany({
      where: { id: transfer.id, waitReason: "awaitingApproval" },
      data: approved
        ? { state: "recorded", waitReason: null, paymentId: request.resultPaymentId }
        : { waitReason: "refused", moneyRequestId: null },
    });
  }
}

// Transfers the queue shows at once; it says how many wait in all.
export const queuePageSize = 500;

// The queue: the transfers that wait for a person, oldest first, the first `queuePageSize` of
// them, and how many wait in all (accountants and admins).
export async function listWaitingTransfers({ db, actor }: { db: Database; actor: StaffActor }) {
  requirePermission(actor, "bankStatements", "read the bank transfers");
  await followTransferRequests(db);
  const [rows, total] = await Promise.all([
    db.bankTransfer.findMany({
      where: { state: "waiting" },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: queuePageSize,
      select: transferSelect,
    }),
    db.bankTransfer.count({ where: { state: "waiting" } }),
  ]);
  return { transfers: await viewsOf(db, rows), total };
}
