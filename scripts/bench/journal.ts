// npm run bench:journal [-- --postgres] [-- --payments N] [-- --invoices N] [-- --keep]
// The payments journal with a year of data (by default 1,000,000 payments and 200,000 invoices
// of 100,000 clients): the first page, a filtered page deep in the list, searches by txn_id,
// INN and invoice number (each timed through the same domain function the page calls), and the
// CSV export of every row (the route's per-row work, in this process, watching its memory).
// Prints a table; record runs in docs/benchmarks.md.
import { stringify } from "csv-stringify/sync";
import Database from "better-sqlite3";
import pg from "pg";
import type { StaffActor } from "@/config/staff-roles";
import { exportPayments } from "@/domain/payments/export-payments";
import { listPayments } from "@/domain/payments/list-payments";
import { readPaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { closeDatabase, createDatabase } from "@/server/db";
import { benchDatabase } from "./bench-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const usePostgres = process.argv.includes("--postgres");
const payments = arg("--payments", 1_000_000);
const invoices = arg("--invoices", 200_000);
const clients = Math.max(1, Math.floor(invoices / 2));
const runs = 50;
// Payments every 30 s back from here: 1,000,000 of them span almost a year.
const end = Math.floor(Date.parse("2026-11-26T00:00:00Z") / 1000);
const start = end - payments * 30;

const { databaseUrl, cluster } = await benchDatabase("journal-bench", usePostgres);

// The rows, generated inside the database. Client i has INN 0 + i in 13 digits; invoice i
// belongs to client (i mod clients) + 1 and has number 4000… + i; payment i is, by i mod 20:
// 0 cash (receipt R-i), 1 bank (order P-i), 2–6 MegaPay «Оплата ЭЦП» on invoice (i mod
// invoices) + 1 (and its client), else MegaPay «СОчИ» for client (i mod clients) + 1; txn_id 9… + i.
const t0 = Date.now();
if (cluster) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`
    INSERT INTO "Client" (inn, kind, name, "headName", phone, "sociConnected", "createdAt", "updatedAt")
    SELECT '0' || lpad(i::text, 13, '0'), 'legal', 'ОсОО Клиент ' || i, '', '+996555000000', true, now(), now()
    FROM generate_series(1, ${clients}) AS i`);
  await client.query(`
    INSERT INTO "Invoice" (number, "clientId", "buyerName", "buyerInn", "amountTyiyn", office, "issuedAt")
    SELECT '4000' || lpad(i::text, 12, '0'), (i % ${clients}) + 1, 'ОсОО Клиент ' || ((i % ${clients}) + 1),
           '0' || lpad(((i % ${clients}) + 1)::text, 13, '0'), 151000, CASE WHEN i % 2 = 0 THEN 'osh' ELSE 'jalal-abad' END,
           to_timestamp(${start} + i * ${Math.floor((payments * 30) / invoices)})
    FROM generate_series(1, ${invoices}) AS i`);
  await client.query(`
    INSERT INTO "Payment" (service, method, "providerTxnId", account, "sumTyiyn", "providerTxnAt", "receivedAt",
                           "clientId", "invoiceId", "receiptNumber", office)
    SELECT CASE WHEN i % 20 BETWEEN 2 AND 6 THEN 'eds' ELSE 'soci' END,
           (CASE i % 20 WHEN 0 THEN 'cash' WHEN 1 THEN 'bank' ELSE 'megapay' END)::"PaymentMethod",
           CASE WHEN i % 20 < 2 THEN (CASE i % 20 WHEN 0 THEN 'cash:R-' ELSE 'bank:P-' END) || i ELSE '9' || lpad(i::text, 11, '0') END,
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN '4000' || lpad(((i % ${invoices}) + 1)::text, 12, '0')
                ELSE '0' || lpad(((i % ${clients}) + 1)::text, 13, '0') END,
           10000 + (i % 500) * 100, to_timestamp(${start} + i * 30), to_timestamp(${start} + i * 30),
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN (((i % ${invoices}) + 1) % ${clients}) + 1 ELSE (i % ${clients}) + 1 END,
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN (i % ${invoices}) + 1 ELSE NULL END,
           CASE i % 20 WHEN 0 THEN 'R-' || i WHEN 1 THEN 'P-' || i ELSE NULL END,
           CASE WHEN i % 20 < 2 THEN (CASE WHEN i % 40 < 20 THEN 'osh' ELSE 'jalal-abad' END) ELSE NULL END
    FROM generate_series(1, ${payments}) AS i`);
  await client.query("ANALYZE");
  await client.end();
} else {
  const sqlite = new Database(databaseUrl.replace(/^file:/, ""));
  const series = (n: number) =>
    `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})`;
  const at = (seconds: string) => `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', ${seconds}, 'unixepoch')`;
  const now = at(String(end));
  sqlite.exec(`
    ${series(clients)}
    INSERT INTO Client (inn, kind, name, headName, phone, sociConnected, createdAt, updatedAt)
    SELECT printf('0%013d', i), 'legal', 'ОсОО Клиент ' || i, '', '+996555000000', 1, ${now}, ${now} FROM s;
    ${series(invoices)}
    INSERT INTO Invoice (number, clientId, buyerName, buyerInn, amountTyiyn, office, issuedAt)
    SELECT printf('4000%012d', i), (i % ${clients}) + 1, 'ОсОО Клиент ' || ((i % ${clients}) + 1),
           printf('0%013d', (i % ${clients}) + 1), 151000, CASE WHEN i % 2 = 0 THEN 'osh' ELSE 'jalal-abad' END,
           ${at(`${start} + i * ${Math.floor((payments * 30) / invoices)}`)}
    FROM s;
    ${series(payments)}
    INSERT INTO Payment (service, method, providerTxnId, account, sumTyiyn, providerTxnAt, receivedAt,
                         clientId, invoiceId, receiptNumber, office)
    SELECT CASE WHEN i % 20 BETWEEN 2 AND 6 THEN 'eds' ELSE 'soci' END,
           CASE i % 20 WHEN 0 THEN 'cash' WHEN 1 THEN 'bank' ELSE 'megapay' END,
           CASE WHEN i % 20 < 2 THEN (CASE i % 20 WHEN 0 THEN 'cash:R-' ELSE 'bank:P-' END) || i ELSE printf('9%011d', i) END,
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN printf('4000%012d', (i % ${invoices}) + 1)
                ELSE printf('0%013d', (i % ${clients}) + 1) END,
           10000 + (i % 500) * 100, ${at(`${start} + i * 30`)}, ${at(`${start} + i * 30`)},
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN (((i % ${invoices}) + 1) % ${clients}) + 1 ELSE (i % ${clients}) + 1 END,
           CASE WHEN i % 20 BETWEEN 2 AND 6 THEN (i % ${invoices}) + 1 ELSE NULL END,
           CASE i % 20 WHEN 0 THEN 'R-' || i WHEN 1 THEN 'P-' || i ELSE NULL END,
           CASE WHEN i % 20 < 2 THEN (CASE WHEN i % 40 < 20 THEN 'osh' ELSE 'jalal-abad' END) ELSE NULL END
    FROM s;
    ANALYZE;`);
  sqlite.close();
}
const generated = (Date.now() - t0) / 1000;

const db = createDatabase(databaseUrl, { postgresPoolSize: 2 });
const actor: StaffActor = { id: "bench", email: "bench@dostek.kg", role: "accountant", office: null };
const deepId = Math.floor(payments / 10);
// As the page reads them from its URL.
const cases: [string, Record<string, string>][] = [
  ["first page (all, with totals)", {}],
  [
    "filtered, deep (cash, Osh, before id " + deepId + ")",
    { method: "cash", office: "osh", before: String(deepId) },
  ],
  ["filtered by days (one week, «СОчИ»)", { service: "soci", from: "2026-06-01", to: "2026-06-07" }],
  ["search txn_id", { q: `9${String(payments - 7).padStart(11, "0")}` }],
  ["search receipt", { q: `R-${deepId * 2 - ((deepId * 2) % 20)}` }],
  ["search INN", { q: `0${String(1234).padStart(13, "0")}` }],
  ["search invoice number", { q: `4000${String(4323).padStart(12, "0")}` }],
];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const results: string[] = [];
for (const [name, params] of cases) {
  const filter = readPaymentJournalFilter(params);
  const times: number[] = [];
  let rows = 0;
  let first = 0;
  for (let i = 0; i < runs + 5; i++) {
    const t = performance.now();
    const page = await listPayments({ db, actor, filter });
    if (i === 0) first = performance.now() - t;
    if (i >= 5) times.push(performance.now() - t);
    rows = page.rows.length;
  }
  times.sort((a, b) => a - b);
  results.push(
    `| ${name} | ${rows} | ${first.toFixed(1)} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} |`,
  );
}

// The export: every row, each turned into a CSV line as the route does, with the process's
// resident memory sampled while it runs.
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t1 = Date.now();
let exported = 0;
let bytes = 0;
for await (const row of exportPayments({ db, actor, filter: readPaymentJournalFilter({}) })) {
  bytes += stringify([
    [
      row.receivedAt.toISOString(),
      row.service,
      row.method,
      row.office ?? "",
      row.account,
      row.clientName ?? "",
      String(row.sumTyiyn),
      row.reference,
    ],
  ]).length;
  exported++;
}
clearInterval(sampler);
const exportSeconds = (Date.now() - t1) / 1000;
await closeDatabase(db);
// --keep leaves the database (and the PostgreSQL cluster running) to look into the plans.
if (process.argv.includes("--keep")) console.log(`kept: ${databaseUrl}`);
else cluster?.remove();

console.log(
  `\nPayments journal benchmark: ${usePostgres ? "PostgreSQL (throwaway cluster, fsync=off)" : "SQLite (WAL, synchronous=FULL)"}; ` +
    `${payments.toLocaleString("en")} payments, ${invoices.toLocaleString("en")} invoices, ${clients.toLocaleString("en")} clients (generated in ${generated.toFixed(0)} s); ${runs} runs each\n`,
);
// "first": the first view of a filter in this process (it counts the settled payments, which
// later views reuse for the hour: domain/payments/journal-totals.ts).
console.log("| query | rows | first ms | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- |");
for (const line of results) console.log(line);
console.log(
  `\nCSV export: ${exported.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB of CSV in ${exportSeconds.toFixed(1)} s; ` +
    `resident memory ${(rssBefore / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB (growth ${((peak - rssBefore) / 1e6).toFixed(0)} MB)`,
);
