import { dayMs } from "@/lib/dates";
import { tyiynFromDatabase } from "@/lib/money";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import type { OfficeId } from "@/config/offices";
import { reminderStages, type ReminderStage } from "@/lib/reminder-stage";
import type { Database } from "@/server/db";
import { getMailContacts, noMailContacts, type MailContacts } from "./mail-contacts";
import type { ComposedMessage, MailLocale, NotificationContent } from "./notification-content";
import {
  remindableSignature,
  reminderEventOf,
  stageOfReminderEvent,
} from "../signatures/signature-reminders";

const mailLocale = (locale: string | null | undefined): MailLocale => (locale === "ru" ? "ru" : "ky");

// The same content to the client by each channel they can be reached on: email if given, SMS if
// their phone is a Kyrgyz mobile (a landline gets none).
function toClient(
  contact: { email: string | null | undefined; phone: string | null | undefined },
  locale: MailLocale,
  content: NotificationContent,
  contacts: MailContacts,
): ComposedMessage[] {
  const messages: ComposedMessage[] = [];
  if (contact.email)
    messages.push({ recipient: "client", channel: "email", to: contact.email, locale, content, contacts });
  const mobile = contact.phone ? normalizeKyrgyzMobile(contact.phone) : null;
  if (mobile) messages.push({ recipient: "client", channel: "sms", to: mobile, locale, content, contacts });
  return messages;
}

// Invoice SMS to one phone from the public form per 24 hours: anyone can type anyone's number
// there, and each SMS costs money (staff registrations and e-mail are not limited).
const onlineInvoiceSmsPerDay = 3;

async function composeInvoiceIssued(db: Database, invoiceId: number): Promise<ComposedMessage[]> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      number: true,
      buyerName: true,
      amountTyiyn: true,
      application: {
        select: {
          id: true,
          email: true,
          phone: true,
          locale: true,
          channel: true,
          createdAt: true,
          office: true,
        },
      },
    },
  });
  const application = invoice?.application;
  if (!invoice || !application) return [];
  const earlierToday =
    application.channel === "online"
      ? await db.application.count({
          where: {
            phone: application.phone,
            channel: "online",
            id: { lt: application.id },
            createdAt: { gt: new Date(application.createdAt.getTime() - dayMs) },
          },
        })
      : 0;
  const phone = earlierToday < onlineInvoiceSmsPerDay ? application.phone : null;
  const office = application.office as OfficeId;
  return toClient(
    { email: application.email, phone },
    mailLocale(application.locale),
    {
      kind: "invoiceIssued",
      invoiceNumber: invoice.number,
      buyerName: invoice.buyerName,
      amountTyiyn: invoice.amountTyiyn,
      office,
    },
    await getMailContacts(db, office),
  );
}

async function composePaymentRecorded(db: Database, paymentId: number): Promise<ComposedMessage[]> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      service: true,
      method: true,
      providerTxnId: true,
      receiptNumber: true,
      receiptShown: true,
      sumTyiyn: true,
      receivedAt: true,
      invoiceId: true,
      office: true,
      client: {
        select: {
          inn: true,
          email: true,
          phone: true,
          applications: { select: { locale: true }, orderBy: { id: "desc" }, take: 1 },
        },
      },
      invoice: {
        select: {
          number: true,
          buyerName: true,
          amountTyiyn: true,
          office: true,
          application: { select: { id: true, email: true, phone: true, locale: true, office: true } },
        },
      },
    },
  });
  if (!payment) return [];
  const txnId = payment.receiptShown ?? payment.receiptNumber ?? payment.providerTxnId;
  const invoice = payment.invoice;
  let dueTyiyn = 0;
  if (invoice && payment.invoiceId !== null) {
    // Payments on one invoice are recorded one after another under its row lock, so those with
    // a smaller id are exactly the ones before this one.
    const paid = await db.payment.aggregate({
      where: { invoiceId: payment.invoiceId, id: { lte: paymentId } },
      _sum: { sumTyiyn: true },
    });
    dueTyiyn = Math.max(0, invoice.amountTyiyn - tyiynFromDatabase(paid._sum.sumTyiyn ?? 0n));
  }
  // An invoice's payment goes to whoever applied for it; a SOChI top-up to the client on file.
  const contact = invoice ? invoice.application : payment.client;
  // The office that gives the signature (the application's); for a top-up, the till's if any.
  const office = (invoice?.application?.office ?? invoice?.office ?? payment.office) as OfficeId | null;
  const contacts = await getMailContacts(db, office);
  const messages: ComposedMessage[] = contact
    ? toClient(
        contact,
        mailLocale(invoice ? invoice.application?.locale : payment.client?.applications[0]?.locale),
        {
          kind: "receipt",
          service: payment.service,
          method: payment.method,
          txnId,
          sumTyiyn: payment.sumTyiyn,
          at: payment.receivedAt,
          invoice: invoice ? { number: invoice.number, dueTyiyn, office } : null,
          inn: invoice ? null : (payment.client?.inn ?? null),
        },
        contacts,
      )
    : [];
  // The office learns of money that arrived by itself (MegaPay); what it took, it knows.
  if (invoice?.office && invoice.application && payment.method === "megapay") {
    const office = await db.officeSettings.findUnique({
      where: { office: invoice.office },
      select: { email: true },
    });
    if (office?.email) {
      messages.push({
        recipient: "office",
        channel: "email",
        to: office.email,
        locale: "both",
        contacts,
        content: {
          kind: "officePayment",
          applicationId: invoice.application.id,
          invoiceNumber: invoice.number,
          buyerName: invoice.buyerName,
          txnId,
          sumTyiyn: payment.sumTyiyn,
          at: payment.receivedAt,
          dueTyiyn,
        },
      });
    }
  }
  return messages;
}

// A reminder goes to the contacts of the application the signature was issued for (the office
// checked its documents; the client record keeps whoever registered the INN first), in its
// language; not at all once reminders are turned off for the client, a renewal is paid, the
// signature has expired, or a nearer reminder was written meanwhile (after an outage only the
// nearest goes).
async function composeSignatureReminder(
  db: Database,
  signatureId: number,
  daysLeft: ReminderStage,
  now: Date,
): Promise<ComposedMessage[]> {
  const signature = await db.signatureIssue.findFirst({
    where: { id: signatureId, ...remindableSignature },
    select: {
      serial: true,
      validTo: true,
      renewalToken: true,
      application: {
        select: { locale: true, organizationName: true, email: true, phone: true, office: true },
      },
    },
  });
  if (!signature?.renewalToken || signature.validTo <= now) return [];
  const nearer = reminderStages.filter((stage) => stage < daysLeft).map((stage) => reminderEventOf[stage]);
  if (
    nearer.length > 0 &&
    (await db.notification.count({ where: { subjectId: signatureId, event: { in: nearer } } })) > 0
  )
    return [];
  const { application } = signature;
  return toClient(
    application,
    mailLocale(application.locale),
    {
      kind: "signatureReminder",
      daysLeft,
      validTo: signature.validTo,
      serial: signature.serial,
      organizationName: application.organizationName,
      renewalToken: signature.renewalToken,
    },
    await getMailContacts(db, application.office as OfficeId),
  );
}

// Only while it can still be used: a code delayed past its ten minutes is not sent at all. To the
// phone of the signature's application, the one /renew compared.
async function composeRenewalCode(db: Database, codeId: number, now: Date): Promise<ComposedMessage[]> {
  const row = await db.renewalCode.findUnique({
    where: { id: codeId },
    select: {
      code: true,
      locale: true,
      expiresAt: true,
      usedAt: true,
      signature: { select: { application: { select: { phone: true } } } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return [];
  return toClient(
    { email: null, phone: row.signature.application.phone },
    mailLocale(row.locale),
    { kind: "renewalCode", code: row.code },
    noMailContacts,
  );
}

// The messages an outbox row stands for, one per recipient and channel with an address; none when
// nobody can be written to.
export function composeNotification(
  db: Database,
  row: { event: string; subjectId: number },
  now: Date = new Date(),
): Promise<ComposedMessage[]> {
  if (row.event === "invoiceIssued") return composeInvoiceIssued(db, row.subjectId);
  if (row.event === "paymentRecorded") return composePaymentRecorded(db, row.subjectId);
  if (row.event === "renewalCode") return composeRenewalCode(db, row.subjectId, now);
  const stage = stageOfReminderEvent(row.event);
  return stage ? composeSignatureReminder(db, row.subjectId, stage, now) : Promise.resolve([]);
}
