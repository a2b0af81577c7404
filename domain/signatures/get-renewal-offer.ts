import type { OfficeId } from "@/config/offices";
import { multiplyTyiyn, addTyiyn } from "@/lib/money";
import type { Database } from "@/server/db";
import { expiringWindow } from "./list-expiring-signatures";
import { renewalTokenPattern } from "./signature-reminders";

// The submission key of the one renewal a signature's link issues.
export const renewalLinkKey = (signatureId: number) => `renewal-link-${signatureId}`;

export interface RenewalItem {
  code: string;
  nameKy: string;
  nameRu: string;
  quantity: number;
  // Today's price; null when the tariff is no longer sold (the office advises what replaces it).
  unitPriceTyiyn: number | null;
  amountTyiyn: number | null;
}

export type RenewalOffer =
  // No such link, or it has expired (30 days after the signature did).
  | { state: "unknown" }
  | {
      // open: nothing issued yet; issued: a renewal invoice exists (from this page or the office),
      // to be paid; paid: renewed; used: this page's one invoice was cancelled (the office helps);
      // unavailable: none of its tariffs is sold any more.
      state: "open" | "issued" | "paid" | "used" | "unavailable";
      signatureId: number;
      serial: string;
      validTo: Date;
      expired: boolean;
      client: {
        kind: string;
        name: string;
        inn: string;
        headName: string;
        phone: string;
        email: string | null;
      };
      office: OfficeId;
      locale: "ky" | "ru";
      items: RenewalItem[];
      totalTyiyn: number;
      invoiceNumber: string | null;
    };

// What the renewal page of a reminder offers (/{locale}/r/<token>): the signature, its client as
// on file now, the same tariffs at today's prices, the office it was issued at, and the renewal
// invoice once there is one. The link is the signature's random token: whoever has it sees the
// client's name and INN, as the invoice it issues would show them.
export async function getRenewalOffer({
  db,
  token,
  now = new Date(),
}: {
  db: Database;
  token: string;
  now?: Date;
}): Promise<RenewalOffer> {
  if (!renewalTokenPattern.test(token)) return { state: "unknown" };
  const signature = await db.signatureIssue.findUnique({
    where: { renewalToken: token },
    select: {
      id: true,
      serial: true,
      validTo: true,
      application: {
        select: {
          office: true,
          locale: true,
          client: { select: { kind: true, name: true, inn: true, headName: true, phone: true, email: true } },
          invoice: {
            select: { items: { select: { tariffCode: true, nameKy: true, nameRu: true, quantity: true } } },
          },
        },
      },
      renewals: {
        orderBy: { id: "desc" },
        select: { submissionKey: true, invoice: { select: { number: true, status: true } } },
      },
    },
  });
  // The renewal window of the list and of /renew: until the end of the 30th day after expiry.
  if (!signature || signature.validTo < expiringWindow(now).gte) return { state: "unknown" };
  const bought = signature.application.invoice?.items ?? [];
  const tariffs = await db.tariff.findMany({
    where: { code: { in: bought.map((i) => i.tariffCode) }, active: true },
    select: { code: true, nameKy: true, nameRu: true, priceTyiyn: true },
  });
  const items: RenewalItem[] = bought.map((item) => {
    const tariff = tariffs.find((t) => t.code === item.tariffCode);
    return {
      code: item.tariffCode,
      nameKy: tariff?.nameKy ?? item.nameKy,
      nameRu: tariff?.nameRu ?? item.nameRu,
      quantity: item.quantity,
      unitPriceTyiyn: tariff ? tariff.priceTyiyn : null,
      amountTyiyn: tariff ? multiplyTyiyn(tariff.priceTyiyn, item.quantity) : null,
    };
  });
  const sold = items.filter((i) => i.amountTyiyn !== null);
  const paid = signature.renewals.find((r) => r.invoice?.status === "paid");
  const issued = signature.renewals.find((r) => r.invoice && r.invoice.status !== "cancelled");
  const used = signature.renewals.some((r) => r.submissionKey === renewalLinkKey(signature.id));
  const renewal = paid ?? issued;
  return {
    state: paid ? "paid" : issued ? "issued" : used ? "used" : sold.length === 0 ? "unavailable" : "open",
    signatureId: signature.id,
    serial: signature.serial,
    validTo: signature.validTo,
    expired: signature.validTo.getTime() <= now.getTime(),
    client: signature.application.client,
    office: signature.application.office as OfficeId,
    locale: signature.application.locale === "ru" ? "ru" : "ky",
    items,
    totalTyiyn: sold.length > 0 ? addTyiyn(...sold.map((i) => i.amountTyiyn!)) : 0,
    invoiceNumber: renewal?.invoice?.number ?? null,
  };
}
