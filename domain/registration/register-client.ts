import { randomBytes as cryptoRandomBytes } from "node:crypto";
import { generateInvoiceNumber, type RandomBytes } from "@/lib/invoice-number";
import { addTyiyn, multiplyTyiyn } from "@/lib/money";
import { isUniqueViolation, runTransaction, type Database, type TransactionClient } from "@/server/db";
import type { ValidRegistration } from "./registration-form";

export class RegistrationError extends Error {
  constructor(readonly code: "unknown-tariff") {
    super(code);
    this.name = "RegistrationError";
  }
}

export interface RegisterClientOptions {
  db: Database;
  registration: ValidRegistration;
  // One per rendered form: a double click, a refresh or a resubmit of the same form carries it.
  submissionKey: string;
  randomBytes?: RandomBytes;
  now?: Date;
}

export interface RegisterClientResult {
  invoiceNumber: string;
  created: boolean;
}

// An unpaid invoice for the same client and the same items, this recent, is handed out again
// instead of a second one (the same form filled in again after going back).
const duplicateWindowMs = 24 * 60 * 60 * 1000;

const itemsKey = (items: { code: string; quantity: number }[]) =>
  items
    .map((i) => `${i.code}×${i.quantity}`)
    .sort()
    .join(",");

async function registerOnce(
  tx: TransactionClient,
  options: RegisterClientOptions,
): Promise<RegisterClientResult> {
  const { registration: r, submissionKey } = options;
  const now = options.now ?? new Date();

  const earlier = await tx.application.findUnique({
    where: { submissionKey },
    select: { invoice: { select: { number: true } } },
  });
  if (earlier?.invoice) return { invoiceNumber: earlier.invoice.number, created: false };

  const tariffs = await tx.tariff.findMany({
    where: { code: { in: r.items.map((i) => i.code) }, active: true },
  });
  if (tariffs.length !== r.items.length) throw new RegistrationError("unknown-tariff");

  const contact = {
    kind: r.clientType,
    name: r.organizationName,
    headName: r.headName,
    phone: r.phone,
    email: r.email,
  };
  const client = await tx.client.upsert({
    where: { inn: r.inn },
    create: { inn: r.inn, ...contact },
    update: contact,
  });

  const recent = await tx.invoice.findMany({
    where: {
      clientId: client.id,
      status: "awaiting",
      issuedAt: { gte: new Date(now.getTime() - duplicateWindowMs) },
    },
    select: { number: true, items: { select: { tariffCode: true, quantity: true } } },
    orderBy: { issuedAt: "desc" },
  });
  const wanted = itemsKey(r.items);
  const same = recent.find(
    (invoice) =>
      itemsKey(invoice.items.map((i) => ({ code: i.tariffCode, quantity: i.quantity }))) === wanted,
  );
  if (same) return { invoiceNumber: same.number, created: false };

  const items = r.items.map(({ code, quantity }) => {
    const tariff = tariffs.find((t) => t.code === code)!;
    return {
      tariffId: tariff.id,
      tariffCode: tariff.code,
      nameKy: tariff.nameKy,
      nameRu: tariff.nameRu,
      unitPriceTyiyn: tariff.priceTyiyn,
      quantity,
      amountTyiyn: multiplyTyiyn(tariff.priceTyiyn, quantity),
    };
  });
  const application = await tx.application.create({
    data: {
      clientId: client.id,
      submissionKey,
      office: r.office,
      headName: r.headName,
      phone: r.phone,
      email: r.email,
    },
  });
  const invoiceNumber = generateInvoiceNumber(options.randomBytes ?? cryptoRandomBytes);
  await tx.invoice.create({
    data: {
      number: invoiceNumber,
      clientId: client.id,
      applicationId: application.id,
      amountTyiyn: addTyiyn(...items.map((i) => i.amountTyiyn)),
      issuedAt: now,
      items: { create: items },
    },
  });
  return { invoiceNumber, created: true };
}

// Creates or updates the client by INN, stores the application with the chosen items at today's
// prices and issues its invoice, all in one transaction. Safe to call again with the same
// submission key: it returns the invoice issued the first time.
export async function registerClient(options: RegisterClientOptions): Promise<RegisterClientResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(options.db, (tx) => registerOnce(tx, options));
    } catch (error) {
      // A concurrent submission with the same key won the race, or (once in 10^14) the invoice
      // number was taken: the next attempt sees the winner's invoice or draws a new number.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
