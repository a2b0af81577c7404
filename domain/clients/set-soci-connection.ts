import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";

export interface SetSociConnectionOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
  connected: boolean;
}

// Switches whether MegaPay's «СОчИ» top-ups are taken for this client. A client belongs to no
// office, so any operator may switch it (ARCHITECTURE.md, who may do what); audited.
export async function setSociConnection({ db, actor, inn, connected }: SetSociConnectionOptions) {
  requirePermission(actor, "editClient", "switch SOChI connections");
  await runTransaction(db, async (tx) => {
    const client = await tx.client.findUnique({ where: { inn }, select: { id: true, sociConnected: true } });
    if (!client) throw new ApplicationError("notFound");
    if (client.sociConnected === connected) return;
    await tx.client.update({ where: { id: client.id }, data: { sociConnected: connected } });
    await recordAuditEvent({
      tx,
      actor,
      action: connected ? "client.soci-connected" : "client.soci-disconnected",
      subject: { type: "client", id: inn },
      before: { sociConnected: client.sociConnected },
      after: { sociConnected: connected },
    });
  });
}
