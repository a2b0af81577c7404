import type { Database } from "@/server/db";
import { expiringWindow } from "./list-expiring-signatures";

// The signatures of this INN that can be renewed now: in the renewal window (expiring within 30
// days or expired within the last 30) with no renewal paid yet, the soonest first; each with the
// phone of the application it was issued for (the office checked that application's documents).
export function findRenewableSignatures({
  db,
  inn,
  now = new Date(),
}: {
  db: Database;
  inn: string;
  now?: Date;
}): Promise<{ id: number; validTo: Date; application: { phone: string } }[]> {
  return db.signatureIssue.findMany({
    where: {
      application: { client: { inn } },
      validTo: expiringWindow(now),
      renewals: { none: { invoice: { status: "paid" } } },
    },
    orderBy: [{ validTo: "asc" }, { id: "asc" }],
    select: { id: true, validTo: true, application: { select: { phone: true } } },
  });
}
