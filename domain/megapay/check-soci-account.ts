import { readPaymentLedger, type Database } from "@/server/db";
import { clientLabel } from "./client-label";
import { outcome, type MegapayOutcome } from "./megapay-outcome";
import { sociSumProblem, type SociLimits } from "./soci-limits";

export interface CheckSociAccountOptions {
  db: Database;
  inn: string;
  sumTyiyn: number | null;
  limits: SociLimits;
}

// «СОчИ» check: is there a client with this INN whom the company has connected to SOChI, and is
// the sum (if given) within the limits.
export async function checkSociAccount({
  db,
  inn,
  sumTyiyn,
  limits,
}: CheckSociAccountOptions): Promise<MegapayOutcome> {
  const client = await readPaymentLedger(db, (ledger) => ledger.describeClient(inn));
  if (!client?.sociConnected) return outcome.accountNotFound();
  const problem = sumTyiyn === null ? null : sociSumProblem(sumTyiyn, limits);
  if (problem === "too-small") return outcome.sumTooSmall();
  if (problem === "too-large") return outcome.sumTooLarge();
  return outcome.ok({ fields: [{ name: "client", value: clientLabel(client) }] });
}
