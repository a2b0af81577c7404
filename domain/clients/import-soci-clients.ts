import type { StaffActor } from "@/config/staff-roles";
import { foldForSearch } from "@/lib/text";
import { runTransaction, type Database, type TransactionClient } from "@/server/db";
import { recordAuditEvents, type AuditEventInput } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { SociClientRow } from "./soci-import-schema";

export interface ImportSociClientsOptions {
  db: Database;
  // An admin in the back office, or an admin at the command line (npm run soci:import).
  actor: StaffActor | "command-line";
  // Already checked as a whole by checkSociImport.
  rows: SociClientRow[];
}

export interface SociImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

type Known = { inn: string; name: string; phone: string; email: string | null; sociConnected: boolean };
type Changes = Partial<Omit<Known, "inn">>;

// What the file changes about a client we know: the name it gives, the phone and email where
// it gives them (an empty cell keeps ours), and the connection (imported = connected).
function changesFor(known: Known, row: SociClientRow): Changes {
  const changes: Changes = {};
  if (row.name !== known.name) changes.name = row.name;
  if (row.phone !== null && row.phone !== known.phone) changes.phone = row.phone;
  if (row.email !== null && row.email !== known.email) changes.email = row.email;
  if (!known.sociConnected) changes.sociConnected = true;
  return changes;
}

async function findKnown(tx: TransactionClient, inns: string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  for (let i = 0; i < inns.length; i += 500) {
    const found = await tx.client.findMany({
      where: { inn: { in: inns.slice(i, i + 500) } },
      select: { inn: true, name: true, phone: true, email: true, sociConnected: true },
    });
    for (const client of found) known.set(client.inn, client);
  }
  return known;
}

// SOChI's existing clients, so that they can top up through MegaPay on day one: new INNs become
// connected clients, known ones are updated where the file says so, each creation and change
// audited with before and after. One transaction: all rows or none.
export async function importSociClients({
  db,
  actor,
  rows,
}: ImportSociClientsOptions): Promise<SociImportResult> {
  if (actor !== "command-line") requirePermission(actor, "importSociClients", "import SOChI clients");
  const auditActor = actor === "command-line" ? ({ id: null, email: "command-line" } as const) : actor;
  return runTransaction(
    db,
    async (tx) => {
      const known = await findKnown(
        tx,
        rows.map((r) => r.inn),
      );
      const created: SociClientRow[] = [];
      const events: AuditEventInput[] = [];
      let unchanged = 0;
      for (const row of rows) {
        const before = known.get(row.inn);
        if (!before) {
          created.push(row);
          continue;
        }
        const changes = changesFor(before, row);
        const fields = Object.keys(changes) as (keyof Changes)[];
        if (fields.length === 0) {
          unchanged += 1;
          continue;
        }
        const searchName = changes.name === undefined ? {} : { searchName: foldForSearch(changes.name) };
        await tx.client.update({ where: { inn: row.inn }, data: { ...changes, ...searchName } });
        events.push({
          action: "client.imported",
          subject: { type: "client", id: row.inn },
          before: Object.fromEntries(fields.map((f) => [f, before[f]])),
          after: changes,
        });
      }
      for (let i = 0; i < created.length; i += 1000) {
        await tx.client.createMany({
          data: created.slice(i, i + 1000).map((r) => ({
            inn: r.inn,
            kind: r.kind,
            name: r.name,
            searchName: foldForSearch(r.name),
            // SOChI's list has no head of the organisation, and may have no phone: staff fill
            // them in on the client's page, or the client's first registration here does.
            headName: "",
            phone: r.phone ?? "",
            email: r.email,
            sociConnected: true,
          })),
        });
      }
      for (const r of created) {
        events.push({
          action: "client.imported",
          subject: { type: "client", id: r.inn },
          after: { name: r.name, phone: r.phone, email: r.email, sociConnected: true },
        });
      }
      await recordAuditEvents(tx, auditActor, events);
      return { created: created.length, updated: events.length - created.length, unchanged };
    },
    { timeoutMs: 120_000 },
  );
}
