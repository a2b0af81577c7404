import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import type { SearchText } from "../staff/search-text";
import { foldForSearch } from "@/lib/text";

export interface ListClientsOptions {
  db: Database;
  actor: StaffActor;
  q: SearchText | undefined;
  before?: number;
  pageSize?: number;
}

// Clients by INN or name, newest first (keyset on the id).
export async function listClients({ db, actor, q, before, pageSize = 50 }: ListClientsOptions) {
  requirePermission(actor, "read", "read clients");
  const where =
    q?.kind === "inn"
      ? { inn: q.value }
      : q?.kind === "name"
        ? { searchName: { contains: foldForSearch(q.value) } }
        : q?.kind === "invoice"
          ? { invoices: { some: { number: q.value } } }
          : {};
  const rows = await db.client.findMany({
    where: { ...where, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: { id: true, inn: true, name: true, phone: true, balanceTyiyn: true, sociConnected: true },
  });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null };
}

export type ClientRow = Awaited<ReturnType<typeof listClients>>["rows"][number];
