import { sameFields } from "@/lib/same-fields";
import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { ClientContacts } from "./client-contacts-schema";

export interface UpdateClientContactsOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
  contacts: ClientContacts;
}

// Staff are the only ones who change a client's contacts (the public form never does); each
// change is audited with the contacts before and after. Issued invoices keep their buyer.
export async function updateClientContacts({ db, actor, inn, contacts }: UpdateClientContactsOptions) {
  requirePermission(actor, "editClient", "edit client contacts");
  await runTransaction(db, async (tx) => {
    const before = await tx.client.findUnique({
      where: { inn },
      select: { headName: true, phone: true, email: true },
    });
    if (!before) throw new ApplicationError("notFound");
    if (sameFields(before, contacts)) return;
    await tx.client.update({ where: { inn }, data: contacts });
    await recordAuditEvent({
      tx,
      actor,
      action: "client.contacts-changed",
      subject: { type: "client", id: inn },
      before,
      after: contacts,
    });
  });
}
