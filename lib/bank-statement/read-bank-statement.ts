// An uploaded bank statement of either kind: a file that starts with 1CClientBankExchange is read
// as the 1C exchange format, anything else as a table with the settings' column names.
import { runSteps, runStepsInTurns } from "../next-turn";
import { oneCStatementSteps } from "./one-c-statement";
import { decodeStatementSteps, statementLimits, type StatementReading } from "./statement-file";
import { statementTableSteps, type StatementColumns } from "./statement-table";

export interface StatementSettings {
  // The company's accounts: a 1C document is incoming when it was received on one of them.
  companyAccounts: ReadonlySet<string>;
  columns: StatementColumns;
  // The last day a transfer may have reached the account (yyyy-mm-dd): a later one is a mistake.
  latestDay?: string;
}

// In steps (one-c-statement.ts): readBankStatementInTurns lets a server answer other requests
// between them; readBankStatement reads at once.
function* bankStatementSteps(
  bytes: Uint8Array,
  settings: StatementSettings,
): Generator<void, StatementReading, void> {
  if (bytes.byteLength > statementLimits.bytes)
    return { ok: false, problems: [{ line: 1, code: "tooLarge" }] };
  const parts = yield* decodeStatementSteps(bytes);
  if (!parts.some((part) => /\S/.test(part))) return { ok: false, problems: [{ line: 1, code: "empty" }] };
  yield;
  let reading: StatementReading;
  if ((parts[0] ?? "").startsWith("1CClientBankExchange"))
    // It measures each line as it reads it, and walks the parts without joining them.
    reading = yield* oneCStatementSteps(parts, settings.companyAccounts);
  else {
    reading = yield* statementTableSteps(parts.join(""), settings.columns);
  }
  const { latestDay } = settings;
  if (!reading.ok || !latestDay) return reading;
  const future = reading.statement.incoming.filter((t) => (t.receivedOn ?? t.date) > latestDay);
  return future.length === 0
    ? reading
    : { ok: false, problems: future.map((t) => ({ line: t.line, code: "dateInFuture" as const })) };
}

export const readBankStatement = (bytes: Uint8Array, settings: StatementSettings): StatementReading =>
  runSteps(bankStatementSteps(bytes, settings));

export const readBankStatementInTurns = (bytes: Uint8Array, settings: StatementSettings) =>
  runStepsInTurns(bankStatementSteps(bytes, settings));
