// A bank statement in the 1C «Клиент-банк» exchange format (versions 1.02 and 1.03), as internet
// banks in Kyrgyzstan export it for 1C:Бухгалтерия: `1CClientBankExchange`, then `Key=Value`
// lines: the header, one section per account (СекцияРасчСчет … КонецРасчСчет: balances and
// totals), the documents (СекцияДокумент=… … КонецДокумента) and КонецФайла. Read line by line
// in one pass (no regular expression runs over more than one line); every problem is reported
// with its line, and a file with any problem yields nothing.
import { runSteps } from "../next-turn";
import { positiveSom } from "../table-total";
import {
  statementAccount,
  statementDate,
  statementInn,
  statementLimits,
  type StatementAccount,
  type StatementProblem,
  type StatementReading,
  type StatementTransfer,
} from "./statement-file";

const versions = ["1.02", "1.03"];
const marker = "1CClientBankExchange";

interface Section {
  line: number;
  values: Map<string, { value: string; line: number }>;
}

// A sum as 1C writes it ("1510.00", "1510,5", "0.00"): tyiyn, 0 allowed for balances and totals.
function sectionSum(text: string): number | null {
  const trimmed = text.trim();
  if (/^0+(?:[.,]0{1,2})?$/.test(trimmed)) return 0;
  return positiveSom(trimmed);
}

// The payer's name: Плательщик1 when given; else Плательщик without the «ИНН 0123… » that
// many banks put before the name.
function payerNameOf(get: (key: string) => string): string {
  const name = get("Плательщик1") || get("Плательщик");
  return name.replace(/^ИНН\s*\d+\s*/u, "").trim() || name.trim();
}

// The purpose, which some banks split over НазначениеПлатежа1…6.
function purposeOf(get: (key: string) => string): string {
  const parts = [get("НазначениеПлатежа")];
  for (let i = 1; i <= 6; i++) parts.push(get(`НазначениеПлатежа${i}`));
  return parts
    .filter((part) => part !== "")
    .join(" ")
    .trim();
}

function readDocument(
  doc: Section,
  companyAccounts: ReadonlySet<string>,
  problems: StatementProblem[],
): { transfer: StatementTransfer } | "ignored" | null {
  const get = (key: string) => doc.values.get(key)?.value.trim() ?? "";
  const lineOf = (key: string) => doc.values.get(key)?.line ?? doc.line;
  const before = problems.length;
  for (const key of ["Номер", "Дата", "Сумма", "ПолучательСчет"])
    if (!get(key)) problems.push({ line: doc.line, code: "missing", field: key });
  const date = get("Дата") ? statementDate(get("Дата")) : null;
  if (get("Дата") && !date) problems.push({ line: lineOf("Дата"), code: "date", field: "Дата" });
  const amount = get("Сумма") ? positiveSom(get("Сумма")) : null;
  if (get("Сумма") && amount === null) problems.push({ line: lineOf("Сумма"), code: "sum", field: "Сумма" });
  const recipient = get("ПолучательСчет") ? statementAccount(get("ПолучательСчет")) : null;
  if (get("ПолучательСчет") && !recipient)
    problems.push({ line: lineOf("ПолучательСчет"), code: "account", field: "ПолучательСчет" });
  const received = get("ДатаПоступило");
  const receivedOn = received ? statementDate(received) : null;
  if (received && !receivedOn)
    problems.push({ line: lineOf("ДатаПоступило"), code: "date", field: "ДатаПоступило" });
  if (problems.length > before) return null;
  if (!companyAccounts.has(recipient!) || !receivedOn) return "ignored";
  return {
    transfer: {
      line: doc.line,
      number: get("Номер"),
      date: date!,
      receivedOn,
      amountTyiyn: amount!,
      payerName: payerNameOf(get),
      payerInn: statementInn(get("ПлательщикИНН")),
      payerAccount: statementAccount(get("ПлательщикСчет")),
      purpose: purposeOf(get),
    },
  };
}

function readAccount(section: Section, problems: StatementProblem[]): StatementAccount | null {
  const get = (key: string) => section.values.get(key);
  const account = statementAccount(get("РасчСчет")?.value ?? "");
  if (!account) {
    problems.push({ line: get("РасчСчет")?.line ?? section.line, code: "account", field: "РасчСчет" });
    return null;
  }
  const sum = (key: string) => {
    const entry = get(key);
    if (!entry || entry.value.trim() === "") return null;
    const value = sectionSum(entry.value);
    if (value === null) problems.push({ line: entry.line, code: "sum", field: key });
    return value;
  };
  return {
    account,
    openingTyiyn: sum("НачальныйОстаток"),
    totalInTyiyn: sum("ВсегоПоступило"),
    totalOutTyiyn: sum("ВсегоСписано"),
    closingTyiyn: sum("КонечныйОстаток"),
  };
}

// A few milliseconds of work between two steps (docs/benchmarks.md, "Bank statements").
const linesAStep = 4096;
const documentsAStep = 500;

// The lines of a text decoded in parts (lib/csv-table.ts: a megabyte each), one at a time; a line
// may span two parts. Splitting 32 MB at once held the event loop for 100 ms, and joining the
// parts into one text for 40.
function lineReader(parts: readonly string[]): () => string | null {
  let index = 0;
  let start = 0;
  return () => {
    if (index >= parts.length) return null;
    let carried = "";
    for (;;) {
      const part = parts[index]!;
      const end = part.indexOf("\n", start);
      if (end >= 0) {
        const line = carried + part.slice(start, end);
        start = end + 1;
        return line;
      }
      carried += part.slice(start);
      index++;
      start = 0;
      if (index >= parts.length) return carried;
    }
  };
}

// Reads in steps: it yields after every 4,096 lines and every 500 documents, so that
// a caller on a server can let other requests in between (lib/next-turn.ts); readOneCStatement
// runs it at once.
export function* oneCStatementSteps(
  parts: readonly string[],
  companyAccounts: ReadonlySet<string>,
): Generator<void, StatementReading, void> {
  const nextLine = lineReader(parts);
  const problems: StatementProblem[] = [];
  const fail = (problem: StatementProblem): StatementReading => ({ ok: false, problems: [problem] });
  if ((nextLine() ?? "").replace(/^\uFEFF/, "").trim() !== marker) return fail({ line: 1, code: "notOneC" });

  const header = new Map<string, { value: string; line: number }>();
  const accountSections: Section[] = [];
  const documents: Section[] = [];
  let open: { kind: "account" | "document"; section: Section } | null = null;
  let ended = false;
  let line = 1;
  for (let raw = nextLine(); raw !== null; raw = nextLine()) {
    line++;
    if (line % linesAStep === 0) yield;
    if (raw.length > statementLimits.lineLength) return fail({ line, code: "lineTooLong" });
    const content = raw.trim();
    if (content === "") continue;
    // Nothing may follow the end (two statements pasted into one file would lose the second).
    if (ended) return fail({ line, code: "afterEnd" });
    const equals = content.indexOf("=");
    const key = equals < 0 ? content : content.slice(0, equals).trim();
    const value = equals < 0 ? "" : content.slice(equals + 1);
    if (key === "КонецФайла") {
      if (open) problems.push({ line: open.section.line, code: "unclosedSection" });
      open = null;
      ended = true;
    } else if (key === "СекцияРасчСчет" || key === "СекцияДокумент") {
      if (open) problems.push({ line: open.section.line, code: "unclosedSection" });
      const section: Section = { line, values: new Map() };
      open = { kind: key === "СекцияРасчСчет" ? "account" : "document", section };
      (key === "СекцияРасчСчет" ? accountSections : documents).push(section);
      if (documents.length > statementLimits.transfers) return fail({ line, code: "tooManyTransfers" });
    } else if (key === "КонецРасчСчет" || key === "КонецДокумента") {
      const kind = key === "КонецРасчСчет" ? "account" : "document";
      if (open?.kind !== kind) problems.push({ line, code: "unclosedSection" });
      open = null;
    } else if (equals <= 0) {
      problems.push({ line, code: "notKeyValue" });
    } else {
      // Later values of a repeated key are ignored (the header's РасчСчет, repeated once per
      // account, is not used: the accounts are read from their sections).
      const values = open ? open.section.values : header;
      if (!values.has(key)) values.set(key, { value, line });
    }
    if (problems.length >= 100) return { ok: false, problems };
  }
  if (!ended) problems.push({ line, code: "cutOff" });

  const version = header.get("ВерсияФормата");
  if (!version || !versions.includes(version.value.trim()))
    problems.push({ line: version?.line ?? 2, code: "version", field: "ВерсияФормата" });
  const period = (key: string) => {
    const entry = header.get(key);
    if (!entry || entry.value.trim() === "") return null;
    const day = statementDate(entry.value);
    if (!day) problems.push({ line: entry.line, code: "date", field: key });
    return day;
  };
  const periodStart = period("ДатаНачала");
  const periodEnd = period("ДатаКонца");

  const accounts = accountSections.map((section) => readAccount(section, problems));
  const incoming: StatementTransfer[] = [];
  let ignoredCount = 0;
  const receivedBy = new Map<string, number>();
  for (const [n, doc] of documents.entries()) {
    if (n % documentsAStep === 0) yield;
    const read = readDocument(doc, companyAccounts, problems);
    if (read === "ignored") ignoredCount++;
    else if (read) incoming.push(read.transfer);
    // Every document received on an account counts toward that account's total in, ours or not.
    const recipient = statementAccount(doc.values.get("ПолучательСчет")?.value ?? "");
    const amount = positiveSom(doc.values.get("Сумма")?.value.trim() ?? "");
    if (recipient && amount !== null && doc.values.get("ДатаПоступило")?.value.trim())
      receivedBy.set(recipient, (receivedBy.get(recipient) ?? 0) + amount);
  }
  if (problems.length > 0) return { ok: false, problems };
  // Each account's total in must be what its documents add up to.
  for (const [i, account] of accounts.entries()) {
    if (!account || account.totalInTyiyn === null) continue;
    if ((receivedBy.get(account.account) ?? 0) !== account.totalInTyiyn)
      problems.push({
        line: accountSections[i]!.values.get("ВсегоПоступило")!.line,
        code: "totalIn",
        field: "ВсегоПоступило",
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (incoming.length === 0) return fail({ line: 1, code: "noTransfers" });
  return {
    ok: true,
    statement: {
      format: "oneC",
      periodStart,
      periodEnd,
      accounts: accounts.filter((a): a is StatementAccount => a !== null),
      incoming,
      ignoredCount,
    },
  };
}

export const readOneCStatement = (text: string, companyAccounts: ReadonlySet<string>): StatementReading =>
  runSteps(oneCStatementSteps([text], companyAccounts));
