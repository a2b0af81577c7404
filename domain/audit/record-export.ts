import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "./record-audit-event";

export const exportNames = [
  "payments",
  "daily-close",
  "reconciliation",
  "bank-statement",
  "expiring-signatures",
] as const;
export type ExportName = (typeof exportNames)[number];

export interface RecordExportOptions {
  db: Database;
  actor: StaffActor;
  name: ExportName;
  // What was asked for (the journal's filter, the day, the reconciliation), as the audit log
  // shows it.
  filter: unknown;
}

// A CSV of client data leaves the back office: who took which, with what filter. Written before
// the first byte is sent, so a download that is not in the log never started.
export async function recordExport({ db, actor, name, filter }: RecordExportOptions): Promise<void> {
  await runTransaction(db, (tx) =>
    recordAuditEvent({
      tx,
      actor,
      action: "export.downloaded",
      subject: { type: "export", id: name },
      after: filter,
    }),
  );
}
