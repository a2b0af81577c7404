// An uploaded bank statement of either kind: a file that starts with 1CClientBankExchange is read
// as the 1C exchange format, anything else as a table with the settings' column names.
import { firstLongLine } from "../csv-table";
import { readOneCStatement } from "./one-c-statement";
import { decodeStatementText, statementLimits, type StatementReading } from "./statement-file";
import { readStatementTable, type StatementColumns } from "./statement-table";

export interface StatementSettings {
  // The company's accounts: a 1C document is incoming when it was received on one of them.
  companyAccounts: ReadonlySet<string>;
  columns: StatementColumns;
  // The last day a transfer may have reached the account (yyyy-mm-dd): a later one is a mistake.
  latestDay?: string;
}

export function readBankStatement(bytes: Uint8Array, settings: StatementSettings): StatementReading {
  if (bytes.byteLength > statementLimits.bytes)
    return { ok: false, problems: [{ line: 1, code: "tooLarge" }] };
  const text = decodeStatementText(bytes);
  const long = firstLongLine(text, statementLimits.lineLength);
  if (long !== null) return { ok: false, problems: [{ line: long, code: "lineTooLong" }] };
  if (text.trim() === "") return { ok: false, problems: [{ line: 1, code: "empty" }] };
  const reading = text.startsWith("1CClientBankExchange")
    ? readOneCStatement(text, settings.companyAccounts)
    : readStatementTable(text, settings.columns);
  const { latestDay } = settings;
  if (!reading.ok || !latestDay) return reading;
  const future = reading.statement.incoming.filter((t) => (t.receivedOn ?? t.date) > latestDay);
  return future.length === 0
    ? reading
    : { ok: false, problems: future.map((t) => ({ line: t.line, code: "dateInFuture" as const })) };
}
