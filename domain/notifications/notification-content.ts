import type { OfficeId } from "@/config/offices";
import type { ReminderStage } from "@/lib/reminder-stage";
import type { MailContacts } from "./mail-contacts";

export type MailLocale = "ky" | "ru";

// What one message says, without words: components/mail/ turns it into a subject and a text in
// the recipient's language.
export type NotificationContent =
  | {
      kind: "invoiceIssued";
      invoiceNumber: string;
      buyerName: string;
      amountTyiyn: number;
      // Where it is paid in cash and the signature is given: the application's office.
      office: OfficeId;
    }
  | {
      kind: "receipt";
      service: string;
      method: "megapay" | "cash" | "bank";
      txnId: string;
      sumTyiyn: number;
      at: Date;
      // An invoice's payment: what is still due after it (0 when paid in full), and the office
      // that then checks the documents and gives the signature.
      invoice: { number: string; dueTyiyn: number; office: OfficeId | null } | null;
      // A SOChI top-up: whose balance.
      inn: string | null;
    }
  | {
      kind: "signatureReminder";
      daysLeft: ReminderStage;
      validTo: Date;
      serial: string;
      organizationName: string;
      // The renewal page's token (/{locale}/r/<token>).
      renewalToken: string;
    }
  | {
      // By SMS only: the one-time code of a renewal started on the public site.
      kind: "renewalCode";
      code: string;
    }
  | {
      kind: "officePayment";
      // The application in the back office (/{locale}/office/applications/<id>).
      applicationId: number;
      invoiceNumber: string;
      buyerName: string;
      txnId: string;
      sumTyiyn: number;
      at: Date;
      dueTyiyn: number;
    };

// The client is written to by email where they gave one and by SMS to their mobile; the office
// only by email.
export type ComposedMessage = (
  { recipient: "client"; channel: "email" | "sms" } | { recipient: "office"; channel: "email" }
) & {
  // An email address, or a mobile number as +996XXXXXXXXX.
  to: string;
  // The office's mailbox gets both languages.
  locale: MailLocale | "both";
  content: NotificationContent;
  // Whom an e-mail names at its end: the company and the office to call.
  contacts: MailContacts;
};
