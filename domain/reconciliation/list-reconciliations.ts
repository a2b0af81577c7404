import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";

export interface ReconciliationRunSummary {
  id: number;
  fileName: string;
  periodStart: Date;
  periodEnd: Date;
  uploadedAt: Date;
  rows: number;
  missingHere: number;
  // Differences (every class but matched) nobody has resolved yet.
  unresolved: number;
}

// The latest runs, newest first, with what is still open in each.
export async function listReconciliations({
  db,
  actor,
  take = 50,
}: {
  db: Database;
  actor: StaffActor;
  take?: number;
}): Promise<ReconciliationRunSummary[]> {
  requirePermission(actor, "reconcile", "see reconciliations");
  const runs = await db.reconciliationRun.findMany({ orderBy: { id: "desc" }, take });
  const groups = await db.reconciliationItem.groupBy({
    by: ["runId", "class", "resolution"],
    where: { runId: { in: runs.map((r) => r.id) } },
    _count: { _all: true },
  });
  return runs.map((run) => {
    const of = groups.filter((g) => g.runId === run.id);
    const count = (filter: (g: (typeof of)[number]) => boolean) =>
      of.filter(filter).reduce((n, g) => n + g._count._all, 0);
    return {
      id: run.id,
      fileName: run.fileName,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      uploadedAt: run.uploadedAt,
      rows: count((g) => g.class !== "missingThere"),
      missingHere: count((g) => g.class === "missingHere" && g.resolution === null),
      unresolved: count((g) => g.class !== "matched" && g.resolution === null),
    };
  });
}

// Differences not yet resolved, over all runs (the metrics' gauge).
export function countUnresolvedDifferences({ db }: { db: Database }): Promise<number> {
  return db.reconciliationItem.count({ where: { class: { not: "matched" }, resolution: null } });
}
