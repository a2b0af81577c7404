import type { StaffActor } from "@/config/staff-roles";
import { sameFields } from "@/lib/same-fields";
import { runTransaction, type Database, type TransactionClient } from "@/server/db";
import { recordAuditEvent, type AuditAction } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";

// The company's settings row (id 1) as one form's fields: each form writes only its own.
type CompanyFields = Record<string, string>;

export interface UpdateCompanySettingsOptions<F extends CompanyFields> {
  db: Database;
  actor: StaffActor;
  fields: F;
  action: AuditAction;
  // What the form is called in the refusal when someone else tries (for the error).
  what: string;
}

// The form's fields as stored (empty where the row or the column has nothing yet).
export async function readCompanySettings<K extends string>(
  db: Pick<TransactionClient, "companySettings">,
  names: readonly K[],
): Promise<Record<K, string>> {
  const row = (await db.companySettings.findUnique({ where: { id: 1 } })) as Record<string, unknown> | null;
  return Object.fromEntries(names.map((name) => [name, typeof row?.[name] === "string" ? row[name] : ""])) as Record<
    K,
    string
  >;
}

// One settings form saved (admins only), audited with what it was before; returns whether
// anything changed.
export async function updateCompanySettings<F extends CompanyFields>({
  db,
  actor,
  fields,
  action,
  what,
}: UpdateCompanySettingsOptions<F>): Promise<boolean> {
  requirePermission(actor, "settings", what);
  return runTransaction(db, async (tx) => {
    const before = await readCompanySettings(tx, Object.keys(fields));
    if (sameFields(before, fields)) return false;
    await tx.companySettings.upsert({ where: { id: 1 }, create: { id: 1, ...fields }, update: fields });
    await recordAuditEvent({ tx, actor, action, subject: { type: "company", id: "1" }, before, after: fields });
    return true;
  });
}
