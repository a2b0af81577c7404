function codeOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

// Prisma's P2002, or from the payment ledger's drivers PostgreSQL's 23505 and SQLite's own.
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "P2002" || code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

// Errors after which nothing was recorded and a retry later may succeed: the database is down,
// unreachable, busy, full or timed out (P1xxx connection errors, P2024 pool timeout, P2028
// transaction API errors, P2034 write conflicts, driver-level connection failures, a pool with no
// free connection in time, statement and lock timeouts, a failed group commit).
const temporaryCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
const temporaryPatterns = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/,
  /database is locked|SQLITE_BUSY/i,
  /Connection terminated|terminating connection|the database system is (starting up|shutting down)/i,
  /Transaction (API error|already closed)|Unable to start a transaction/i,
  /Can't reach database server|Timed out fetching a new connection/i,
  // pg's pool gives up waiting for a connection with an error that has no code.
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i,
  /^BatchAbortedError /,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && temporaryCodes.has(code)) return true;
  if (code && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)) return true;
  // PostgreSQL: connection exceptions (08…), shutdown/crash (57P0…), statement timeout or
  // cancel (57014), lock timeout (55P03), serialization and deadlock (40001, 40P01), out of
  // resources: disk full, memory, connections (53…), I/O (58…).
  if (code && /^(08|57P0|57014|55P03|40001|40P01|53|58)/.test(code)) return true;
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return temporaryPatterns.some((pattern) => pattern.test(message));
}
