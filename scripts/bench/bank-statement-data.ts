// The data of `npm run bench:bank`: a company with its bank details, one client and invoice of
// 1200 som for each transfer that pays one (inserted in bulk), and a year's statement in one 1C
// file in Windows-1251: a third of its transfers pay an invoice named in the purpose, a third
// match by the payer's INN and the amount, a third match nothing.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { StaffActor } from "@/config/staff-roles";
import { updateBankDetails } from "@/domain/settings/bank-details";
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
    const base = {
      number: String(100_000 + i),
      date: "03.12.2026",
      receivedOn: "03.12.2026",
      recipientAccount: benchAccount,
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
  return windows1251(
    oneCText({ accounts: [{ account: benchAccount, totalIn: (total / 100).toFixed(2) }], documents }),
  );
}
