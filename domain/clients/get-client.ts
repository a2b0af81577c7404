import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { listSubjectHistory } from "../audit/list-subject-history";
import { requirePermission } from "../staff/staff-access";

export interface GetClientOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
}

// One client: contacts, SOChI connection, balance and its ledger (newest 200 entries), the
// invoices, and what staff changed.
export async function getClient({ db, actor, inn }: GetClientOptions) {
  requirePermission(actor, "read", "read clients");
  const client = await db.client.findUnique({
    where: { inn },
    include: {
      balanceEntries: {
        orderBy: { id: "desc" },
        take: 200,
        include: {
          payment: {
            select: {
              id: true,
              method: true,
              providerTxnId: true,
              receiptNumber: true,
              receiptShown: true,
              reversesId: true,
            },
          },
        },
      },
      invoices: {
        orderBy: { id: "desc" },
        take: 100,
        select: {
          number: true,
          amountTyiyn: true,
          paidTyiyn: true,
          status: true,
          issuedAt: true,
          applicationId: true,
        },
      },
    },
  });
  if (!client) return null;
  const history = await listSubjectHistory(db, [{ type: "client", id: inn }]);
  return { ...client, history };
}

export type ClientDetail = NonNullable<Awaited<ReturnType<typeof getClient>>>;
