import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { dayRange } from "../staff/url-filter";
import type { ApplicationFilter } from "./application-filter";
import { applicationStage, applicationStageWhere, type ApplicationStage } from "./application-stage";
import { foldForSearch } from "@/lib/text";

export interface ApplicationRow {
  id: number;
  createdAt: Date;
  inn: string;
  organizationName: string;
  office: string;
  channel: "online" | "office";
  stage: ApplicationStage;
  invoiceNumber: string | null;
  amountTyiyn: number | null;
  paidTyiyn: number | null;
}

export interface ListApplicationsOptions {
  db: Database;
  actor: StaffActor;
  filter: ApplicationFilter;
  pageSize?: number;
}

export function applicationWhere(filter: ApplicationFilter) {
  const q = filter.q;
  const range = dayRange(filter.from, filter.to);
  return {
    ...(filter.stage ? applicationStageWhere(filter.stage) : {}),
    ...(filter.office ? { office: filter.office } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
    ...(q?.kind === "inn" ? { inn: q.value } : {}),
    ...(q?.kind === "invoice" ? { invoice: { number: q.value } } : {}),
    ...(q?.kind === "name" ? { searchName: { contains: foldForSearch(q.value) } } : {}),
  };
}

// Applications, newest first, a page at a time (keyset on the id). Every role reads them.
export async function listApplications({ db, actor, filter, pageSize = 50 }: ListApplicationsOptions) {
  requirePermission(actor, "read", "read applications");
  const rows = await db.application.findMany({
    where: { ...applicationWhere(filter), ...(filter.before ? { id: { lt: filter.before } } : {}) },
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      inn: true,
      organizationName: true,
      office: true,
      channel: true,
      status: true,
      invoice: { select: { number: true, status: true, amountTyiyn: true, paidTyiyn: true } },
    },
  });
  const page = rows.slice(0, pageSize);
  return {
    rows: page.map((a): ApplicationRow => ({
      id: a.id,
      createdAt: a.createdAt,
      inn: a.inn,
      organizationName: a.organizationName,
      office: a.office,
      channel: a.channel,
      stage: applicationStage(a.status, a.invoice?.status ?? null),
      invoiceNumber: a.invoice?.number ?? null,
      amountTyiyn: a.invoice?.amountTyiyn ?? null,
      paidTyiyn: a.invoice?.paidTyiyn ?? null,
    })),
    nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null,
  };
}
