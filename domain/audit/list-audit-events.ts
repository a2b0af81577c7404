import { z } from "zod";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { beforeParam, dayParam, dayRange, readUrlFilter, type UrlParams } from "../staff/url-filter";
import { requirePermission } from "../staff/staff-access";
import { auditActions } from "./record-audit-event";

// The audit log's filters as they travel in the URL; anything malformed is dropped.
export const auditFilterSchema = z.object({
  actor: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase().slice(0, 254) || undefined),
  // One action, or every access event at once ("access": sign-ins, failures, throttling, …).
  action: z
    .enum([...auditActions, "access"])
    .optional()
    .catch(undefined),
  from: dayParam,
  to: dayParam,
  before: beforeParam,
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const readAuditFilter = (params: UrlParams): AuditFilter => readUrlFilter(auditFilterSchema, params);

export interface ListAuditEventsOptions {
  db: Database;
  actor: StaffActor;
  filter: AuditFilter;
  pageSize?: number;
}

// Every staff action, newest first (admins only). Nothing here writes: the log is append-only.
export async function listAuditEvents({ db, actor, filter, pageSize = 100 }: ListAuditEventsOptions) {
  requirePermission(actor, "auditLog", "read the audit log");
  const range = dayRange(filter.from, filter.to);
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.actor ? { actorEmail: filter.actor } : {}),
      ...(filter.action === "access"
        ? { action: { startsWith: "access." } }
        : filter.action
          ? { action: filter.action }
          : {}),
      ...(range.gte || range.lt ? { at: range } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextBefore: rows.length > pageSize ? page[page.length - 1]!.id : null };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];
