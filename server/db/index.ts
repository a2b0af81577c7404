// The one entry point to the database for the rest of the code.
import { getEnv } from "../env";
import { createDatabase, type Database } from "./database";

export { closeDatabase, createDatabase, readPaymentLedger, runPaymentUnit, runTransaction } from "./database";
export type { LockedInvoice, NewAuditEvent, PaymentLedger, PaymentSource } from "./payment-ledger";
export type { Database, TransactionClient } from "./database";
// A filter on payments as the domain builds it (the journal, its totals).
export type { PaymentWhereInput as PaymentWhere } from "./generated/sqlite/models/Payment";
export { isUniqueViolation, isDatabaseUnavailable } from "./errors";
export { linkBankTransfers, type BankTransferLink } from "./bank-transfer-links";
export { keepStatementLines, type StatementLineRow } from "./bank-statement-rows";
export { countStatementOutcomes } from "./bank-statement-totals";
export { countRequest, readRequestCounts } from "./rate-limit-counters";
export {
  claimAttempt,
  clearAttempts,
  releaseAttempt,
  withAttemptThrottle,
  type AttemptClaim,
  type ThrottledCheck,
} from "./attempt-throttle";

const globalForDb = globalThis as unknown as { dostekDatabase?: Database };

export function getDatabase(): Database {
  if (!globalForDb.dostekDatabase) {
    const env = getEnv();
    globalForDb.dostekDatabase = createDatabase(env.DATABASE_URL, {
      postgresPoolSize: env.DATABASE_POOL_SIZE,
      poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
      lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
    });
  }
  return globalForDb.dostekDatabase;
}

export async function checkDatabase(): Promise<boolean> {
  try {
    await getDatabase().$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
