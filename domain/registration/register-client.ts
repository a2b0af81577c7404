import { randomBytes as cryptoRandomBytes } from "node:crypto";
import { dayMs } from "@/lib/dates";
import { generateInvoiceNumber, type RandomBytes } from "@/lib/invoice-number";
import { addTyiyn, multiplyTyiyn } from "@/lib/money";
import { foldForSearch } from "@/lib/text";
import { isUniqueViolation, runTransaction, type Database, type TransactionClient } from "@/server/db";
import type { StaffActor } from "@/config/staff-roles";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { expiringWindow } from "../signatures/list-expiring-signatures";
import type { ValidRegistration } from "./registration-schema";

export class RegistrationError extends Error {
  constructor(readonly code: "unknown-tariff" | "other-office" | "not-renewable") {
    super(code);
    this.name = "RegistrationError";
  }
}

export interface RegisterClientOptions {
  db: Database;
  registration: ValidRegistration;
  // One per rendered form: a double click, a refresh or a resubmit of the same form carries it.
  submissionKey: string;
  // The language the person registered in (for what we send them later); the site's default.
  locale?: "ky" | "ru";
  // Staff registering a walk-in client at an office (an admin, or an operator of that office);
  // absent for the public form.
  actor?: StaffActor;
  // Staff issuing a renewal of this signature (from the list of expiring ones), or the client
  // from a signature's renewal page (with `fromRenewalPage`): it must be a signature of the same
  // INN; the list then shows this invoice as its renewal. The public form cannot name one (a
  // registration for exactly a renewable signature's tariffs is linked to it, see below).
  renewsSignatureId?: number;
  fromRenewalPage?: boolean;
  randomBytes?: RandomBytes;
  now?: Date;
}

export interface RegisterClientResult {
  invoiceNumber: string;
  created: boolean;
}

// The same form filled in again (after going back, or from another tab) within this time gets
// the unpaid invoice it got the first time instead of a second one.
const duplicateWindowMs = dayMs;

const itemsKey = (items: { code: string; quantity: number }[]) =>
  items
    .map((i) => `${i.code}×${i.quantity}`)
    .sort()
    .join(",");

// An earlier application of the same person for the same things: the same INN with exactly the
// same submitted data and items, still awaiting payment, from the last 24 hours.
async function findSameApplication(
  tx: TransactionClient,
  r: ValidRegistration,
  now: Date,
): Promise<string | null> {
  const recent = await tx.application.findMany({
    where: {
      inn: r.inn,
      kind: r.clientType,
      organizationName: r.organizationName,
      headName: r.headName,
      phone: r.phone,
      email: r.email,
      office: r.office,
      createdAt: { gte: new Date(now.getTime() - duplicateWindowMs) },
      invoice: { status: "awaiting" },
    },
    select: {
      invoice: { select: { number: true, items: { select: { tariffCode: true, quantity: true } } } },
    },
    orderBy: { createdAt: "desc" },
  });
  const wanted = itemsKey(r.items);
  const same = recent.find(
    ({ invoice }) =>
      invoice &&
      itemsKey(invoice.items.map((i) => ({ code: i.tariffCode, quantity: i.quantity }))) === wanted,
  );
  return same?.invoice?.number ?? null;
}

// A registration of the same INN for exactly the tariffs of a signature that can be renewed now
// (in the renewal window, no renewal issued or paid yet) renews it, wherever it was made (the
// public form too): reminders then stop once it is paid, and the signature's renewal page shows
// it instead of offering a second invoice. The soonest such signature.
async function findRenewedBySameTariffs(
  tx: TransactionClient,
  r: ValidRegistration,
  now: Date,
): Promise<number | undefined> {
  const candidates = await tx.signatureIssue.findMany({
    where: {
      application: { inn: r.inn },
      validTo: expiringWindow(now),
      renewals: { none: { invoice: { status: { not: "cancelled" } } } },
    },
    orderBy: [{ validTo: "asc" }, { id: "asc" }],
    select: {
      id: true,
      application: {
        select: { invoice: { select: { items: { select: { tariffCode: true, quantity: true } } } } },
      },
    },
  });
  const wanted = itemsKey(r.items);
  return candidates.find(
    (c) =>
      itemsKey(
        (c.application.invoice?.items ?? []).map((i) => ({ code: i.tariffCode, quantity: i.quantity })),
      ) === wanted,
  )?.id;
}

const linksRenewal = (options: RegisterClientOptions) => Boolean(options.actor || options.fromRenewalPage);

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

  if (options.renewsSignatureId !== undefined) {
    const renewed = await tx.signatureIssue.findFirst({
      where: { id: options.renewsSignatureId, application: { inn: r.inn } },
      select: { id: true },
    });
    if (!renewed) throw new RegistrationError("not-renewable");
  }

  const same = await findSameApplication(tx, r, now);
  if (same) {
    // The same unpaid invoice issued again as a renewal: it is that signature's renewal now.
    if (linksRenewal(options) && options.renewsSignatureId !== undefined)
      await tx.application.updateMany({
        where: { invoice: { number: same }, renewsSignatureId: null },
        data: { renewsSignatureId: options.renewsSignatureId },
      });
    return { invoiceNumber: same, created: false };
  }

  // The client record is created by the first registration with this INN and never changed by a
  // later one: anyone can type any INN here, and only staff may change whose it is.
  const client =
    (await tx.client.findUnique({ where: { inn: r.inn }, select: { id: true } })) ??
    (await tx.client.create({
      data: {
        inn: r.inn,
        kind: r.clientType,
        name: r.organizationName,
        searchName: foldForSearch(r.organizationName),
        headName: r.headName,
        phone: r.phone,
        email: r.email,
      },
      select: { id: true },
    }));

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
  const renews =
    linksRenewal(options) && options.renewsSignatureId !== undefined
      ? options.renewsSignatureId
      : await findRenewedBySameTariffs(tx, r, now);
  const application = await tx.application.create({
    data: {
      clientId: client.id,
      submissionKey,
      kind: r.clientType,
      inn: r.inn,
      organizationName: r.organizationName,
      searchName: foldForSearch(r.organizationName),
      headName: r.headName,
      phone: r.phone,
      email: r.email,
      office: r.office,
      locale: options.locale ?? "ky",
      channel: options.actor ? "office" : "online",
      registeredById: options.actor?.id ?? null,
      renewsSignatureId: renews ?? null,
      createdAt: now,
    },
  });
  const invoiceNumber = generateInvoiceNumber(options.randomBytes ?? cryptoRandomBytes);
  const invoice = await tx.invoice.create({
    select: { id: true },
    data: {
      number: invoiceNumber,
      clientId: client.id,
      applicationId: application.id,
      // The buyer as this application named them, fixed at issue.
      buyerName: r.organizationName,
      searchName: foldForSearch(r.organizationName),
      buyerInn: r.inn,
      office: r.office,
      issuedById: options.actor?.id ?? null,
      amountTyiyn: addTyiyn(...items.map((i) => i.amountTyiyn)),
      issuedAt: now,
      items: { create: items },
    },
  });
  // The email with the invoice goes out later, from the outbox (domain/notifications/).
  await tx.notification.create({ data: { event: "invoiceIssued", subjectId: invoice.id } });
  if (options.actor) {
    await recordAuditEvent({
      tx,
      actor: options.actor,
      action: "application.registered",
      subject: { type: "application", id: String(application.id) },
      after: { ...r, invoiceNumber },
    });
  }
  return { invoiceNumber, created: true };
}

// Stores the application as submitted and issues its invoice at today's prices, creating the
// client when the INN is new, all in one transaction. The public form and staff at an office
// (walk-in clients) both come here; a staff registration is audited. Safe to call again with the same
// submission key: it returns the invoice issued the first time.
export async function registerClient(options: RegisterClientOptions): Promise<RegisterClientResult> {
  const { actor, registration } = options;
  if (actor) {
    requirePermission(actor, "officeWork", "register clients");
    if (actor.role === "operator" && actor.office !== registration.office)
      throw new RegistrationError("other-office");
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(options.db, (tx) => registerOnce(tx, options));
    } catch (error) {
      // A concurrent submission with the same key or a new INN won the race, or (once in 10^14)
      // the invoice number was taken: the next attempt sees the winner's rows or draws anew.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
