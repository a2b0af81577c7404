import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import type { SearchText } from "../staff/search-text";
import { foldForSearch } from "@/lib/text";

export interface ListInvoicesOptions {
  db: Database;
  actor: StaffActor;
  q: SearchText | undefined;
  before?: number;
  pageSize?: number;
}

// Invoices by number, by the buyer's INN or name as issued, newest first (keyset on the id).
export async function listInvoices({ db, actor, q, before, pageSize = 50 }: ListInvoicesOptions) {
  requirePermission(actor, "read", "read invoices");
  const where = {
    ...(q?.kind === "invoice" ? { number: q.value } : {}),
    ...(q?.kind === "inn" ? { buyerInn: q.value } : {}),
    ...(q?.kind === "name" ? { searchName: { contains: foldForSearch(q.value) } } : {}),
  };
  const rows = await db.invoice.findMany({
    where: { ...where, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: {
      id: true,
      number: true,
      buyerName: true,
      buyerInn: true,
      amountTyiyn: true,
      paidTyiyn: true,
      status: true,
      office: true,
      issuedAt: true,
      applicationId: true,
      cancelReason: true,
    },
  });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null };
}

export type InvoiceRow = Awaited<ReturnType<typeof listInvoices>>["rows"][number];
