// npm run bench:bank [-- --postgres] [-- --transfers N]: a year of bank statements in one 1C file
// (by default 20,000 incoming transfers: a third pay invoices by their number, a third by the
// payer's INN and the amount, a third match nothing), read, matched and recorded through the same
// domain functions the upload route calls, timed; then the same file again (nothing new), and a
// 5 MB file of adversarial text refused. Prints numbers; asserts nothing. Record runs in
// docs/benchmarks.md.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { generateInvoiceNumber } from "@/lib/invoice-number";
import type { StaffActor } from "@/config/staff-roles";
import { uploadBankStatement } from "@/domain/bank-statements/upload-bank-statement";
import { updateBankDetails } from "@/domain/settings/bank-details";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { readBankStatement } from "@/lib/bank-statement/read-bank-statement";
import { defaultStatementColumns } from "@/lib/bank-statement/statement-table";
import { closeDatabase, createDatabase } from "@/server/db";
import { adversarialUploads } from "@/scripts/test/adversarial-uploads";
import { oneCText, type OneCDocument } from "@/scripts/test/one-c-file";
import { windows1251 } from "@/scripts/test/windows-1251";
import { benchDatabase } from "./bench-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const usePostgres = process.argv.includes("--postgres");
const transfers = arg("--transfers", 20_000);
const account = "1350100000004567";
const admin: StaffActor = { id: "bench-admin", email: "bench@dostek.kg", role: "admin", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

const { databaseUrl, cluster } = await benchDatabase("bank-bench", usePostgres);
const db = createDatabase(databaseUrl, { postgresPoolSize: 8 });
try {
  await seedTariffs({ db, overwrite: false });
  await db.staffUser.create({ data: { id: admin.id, name: "Bench", email: admin.email, role: "admin" } });
  await updateBankDetails({
    db,
    actor: admin,
    details: {
      sellerInn: "01234567890123",
      bankName: "Банк",
      bankBic: "135001",
      bankAccount: account,
      paymentCode: "",
      otherBankAccounts: "",
    },
  });
  // One client and invoice of 1200 som for each transfer that pays one, inserted in bulk.
  const t0 = performance.now();
  const paying = transfers - Math.floor(transfers / 3);
  const inns = Array.from({ length: paying }, (_, i) => `0${String(i).padStart(13, "0")}`);
  for (let i = 0; i < paying; i += 1000)
    await db.client.createMany({
      data: inns
        .slice(i, i + 1000)
        .map((inn) => ({ inn, kind: "legal", name: `ОсОО ${inn}`, headName: "А", phone: "+996555123456" })),
    });
  const clientIds = new Map(
    (await db.client.findMany({ select: { id: true, inn: true } })).map((c) => [c.inn, c.id]),
  );
  const invoices = inns.map((inn) => ({ inn, number: generateInvoiceNumber(randomBytes) }));
  for (let i = 0; i < paying; i += 1000)
    await db.invoice.createMany({
      data: invoices.slice(i, i + 1000).map(({ inn, number }) => ({
        number,
        clientId: clientIds.get(inn)!,
        buyerName: `ОсОО ${inn}`,
        buyerInn: inn,
        amountTyiyn: 120_000,
        office: "osh",
      })),
    });
  console.log(`${paying} clients and invoices made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  let next = 0;
  const documents: OneCDocument[] = Array.from({ length: transfers }, (_, i) => {
    const invoice = i % 3 === 2 ? undefined : invoices[next++];
    const base = {
      number: String(100_000 + i),
      date: "03.12.2026",
      receivedOn: "03.12.2026",
      recipientAccount: account,
    };
    if (i % 3 === 0 && invoice)
      return {
        ...base,
        sum: "1200.00",
        payerInn: invoice.inn,
        purpose: `Оплата по счёту № ${invoice.number} за ЭЦП`,
      };
    if (i % 3 === 1 && invoice) return { ...base, sum: "1200.00", payerInn: invoice.inn, purpose: "За ЭЦП" };
    return { ...base, sum: "77.00", payerName: "ИП Неизвестный", purpose: "Аренда помещения за декабрь" };
  });
  const total = documents.reduce((sum, d) => sum + Math.round(Number(d.sum) * 100), 0);
  const bytes = windows1251(
    oneCText({ accounts: [{ account, totalIn: (total / 100).toFixed(2) }], documents }),
  );
  console.log(`statement: ${transfers} transfers, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB`);

  const settings = { companyAccounts: new Set([account]), columns: defaultStatementColumns };
  const upload = async (label: string) => {
    const started = performance.now();
    const reading = readBankStatement(bytes, settings);
    const read = performance.now();
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems.slice(0, 3)));
    await uploadBankStatement({
      db,
      actor: admin,
      fileName: "year.txt",
      fileHash: "b".repeat(64),
      statement: reading.statement,
      limits,
    });
    const done = performance.now();
    console.log(
      `${label}: read ${((read - started) / 1000).toFixed(2)} s, kept, matched and recorded ${((done - read) / 1000).toFixed(2)} s, in all ${((done - started) / 1000).toFixed(2)} s`,
    );
  };
  await upload("first upload");
  const states = await db.bankTransfer.groupBy({ by: ["state", "match"], _count: true });
  console.log(
    `transfers: ${states.map((s) => `${s.state} (${s.match}) ${s._count}`).join(", ")}; bank payments ${await db.payment.count({ where: { method: "bank" } })}`,
  );
  await upload("the same file again");

  let slowest = 0;
  for (const file of adversarialUploads(
    "1CClientBankExchange\r\nВерсияФормата=1.03",
    "СекцияДокумент=Платежное поручение",
    5 * 2 ** 20,
  )) {
    const started = performance.now();
    readBankStatement(new TextEncoder().encode(file.text), settings);
    slowest = Math.max(slowest, performance.now() - started);
  }
  console.log(`5 MB adversarial files: the slowest refused in ${slowest.toFixed(0)} ms`);
} finally {
  await closeDatabase(db);
  cluster?.remove();
}
