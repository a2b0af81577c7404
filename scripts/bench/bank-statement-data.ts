// The data of `npm run bench:bank`: a company with its bank details, one client and invoice of
// 1200 som for each transfer that pays one (inserted in bulk), and a year's statement in one 1C
// file in Windows-1251 of nearly the largest size an upload takes (32 MB, 50,000 documents): the
// incoming transfers dated over the year (a third pay an invoice named in the purpose, a third
// match by the payer's INN and the amount, a third match nothing), and the company's own
// payments out with long purposes filling the rest (read, counted and ignored).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { StaffActor } from "@/config/staff-roles";
import { updateBankDetails } from "@/domain/settings/bank-details";
import { statementLimits } from "@/lib/bank-statement/statement-file";
import { generateInvoiceNumber } from "@/lib/invoice-number";
import type { Database } from "@/server/db";
import { oneCText, type OneCDocument } from "@/scripts/test/one-c-file";
import { windows1251 } from "@/scripts/test/windows-1251";

export const benchAccount = "1350100000004567";

export async function makeBankBenchData(db: Database, transfers: number): Promise<Uint8Array> {
  const admin: StaffActor = { id: "bench-admin", email: "bench@dostek.kg", role: "admin", office: null };
  await db.staffUser.create({ data: { id: admin.id, name: "Bench", email: admin.email, role: "admin" } });
  await updateBankDetails({
    db,
    actor: admin,
    details: {
      sellerInn: "01234567890123",
      bankName: "Банк",
      bankBic: "135001",
      bankAccount: benchAccount,
      paymentCode: "",
      otherBankAccounts: "",
    },
  });
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
    const day = dayOfYear(i % 335);
    const base = { number: String(100_000 + i), date: day, receivedOn: day, recipientAccount: benchAccount };
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
  const file = (outgoing: OneCDocument[]) =>
    oneCText({
      from: "01.01.2026",
      to: "05.12.2026",
      accounts: [{ account: benchAccount, totalIn: (total / 100).toFixed(2) }],
      documents: [...documents, ...outgoing],
    });
  // Payments out, as many as the document limit leaves, their purposes long enough to fill the
  // file to just under the size limit.
  const count = statementLimits.transfers - transfers;
  const room = statementLimits.bytes - 256 * 1024 - file([]).length;
  const outgoing = (purpose: string): OneCDocument[] =>
    Array.from({ length: count }, (_, i) => ({
      number: String(900_000 + i),
      date: dayOfYear(i % 335),
      sum: "5000.00",
      payerAccount: benchAccount,
      payerName: "ОсОО «ДОС ТЕК ГРУПП»",
      recipientAccount: "1030120000123456",
      writtenOffOn: dayOfYear(i % 335),
      purpose,
    }));
  const overhead = count === 0 ? 0 : (file(outgoing("")).length - file([]).length) / count;
  const length = count === 0 ? 0 : Math.min(3_900, Math.floor(room / count - overhead));
  return windows1251(
    file(outgoing("Оплата за услуги связи по договору № 15/2026, ".repeat(90).slice(0, length))),
  );
}

// dd.mm.yyyy of the n-th day of 2026 from 3 January.
function dayOfYear(n: number): string {
  const day = new Date(Date.UTC(2026, 0, 3 + n));
  const two = (x: number) => String(x).padStart(2, "0");
  return `${two(day.getUTCDate())}.${two(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;
}
