import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";

// The signature a renewal from the list of expiring ones names (register?renew=<INN>&signature=<id>):
// only one of that INN's, with the office it was issued at (where the renewal's documents are
// checked unless the client chooses another); null for anything else.
export async function getRenewedSignature({
  db,
  actor,
  id,
  inn,
}: {
  db: Database;
  actor: StaffActor;
  id: number;
  inn: string;
}): Promise<{ id: number; office: string } | null> {
  requirePermission(actor, "officeWork", "issue renewals");
  const signature = await db.signatureIssue.findFirst({
    where: { id, application: { inn } },
    select: { id: true, application: { select: { office: true } } },
  });
  return signature && { id: signature.id, office: signature.application.office };
}
