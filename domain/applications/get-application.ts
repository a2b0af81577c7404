import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { listSubjectHistory } from "../audit/list-subject-history";
import { requirePermission } from "../staff/staff-access";
import { applicationStage } from "./application-stage";

export interface GetApplicationOptions {
  db: Database;
  actor: StaffActor;
  applicationId: number;
}

// One application as staff see it: what was submitted, its invoice with the payments on it, the
// signature if issued, and the history (submitted, then every staff action, oldest first).
export async function getApplication({ db, actor, applicationId }: GetApplicationOptions) {
  requirePermission(actor, "read", "read applications");
  const application = await db.application.findUnique({
    where: { id: applicationId },
    include: {
      signature: true,
      client: { select: { inn: true, name: true, balanceTyiyn: true, sociConnected: true } },
      invoice: {
        include: {
          items: { orderBy: { id: "asc" } },
          payments: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              method: true,
              sumTyiyn: true,
              receivedAt: true,
              providerTxnId: true,
              receiptNumber: true,
              receiptShown: true,
              reversesId: true,
            },
          },
        },
      },
    },
  });
  if (!application) return null;
  const history = await listSubjectHistory(db, [
    { type: "application", id: String(application.id) },
    ...(application.invoice ? [{ type: "invoice" as const, id: application.invoice.number }] : []),
  ]);
  return {
    ...application,
    stage: applicationStage(application.status, application.invoice?.status ?? null),
    history,
  };
}

export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplication>>>;
