import type { Database } from "@/server/db";
import { registerClient } from "../registration/register-client";
import { getRenewalOffer, renewalLinkKey } from "./get-renewal-offer";

export type IssueRenewalResult =
  { ok: true; invoiceNumber: string } | { ok: false; problem: "unknown" | "unavailable" | "used" };

// The renewal page's one button: issues the renewal invoice for the client on file, the same
// tariffs at today's prices, at the office the signature was issued at, linked to the signature.
// Once per signature: a renewal already issued (here or at the office) or paid is given back
// instead, and a second press is the same submission (its key is the signature's).
export async function issueRenewalInvoice({
  db,
  token,
  now = new Date(),
}: {
  db: Database;
  token: string;
  now?: Date;
}): Promise<IssueRenewalResult> {
  const offer = await getRenewalOffer({ db, token, now });
  if (offer.state === "unknown" || offer.state === "unavailable" || offer.state === "used")
    return { ok: false, problem: offer.state };
  if (offer.invoiceNumber) return { ok: true, invoiceNumber: offer.invoiceNumber };
  const { client } = offer;
  const { invoiceNumber } = await registerClient({
    db,
    submissionKey: renewalLinkKey(offer.signatureId),
    locale: offer.locale,
    renewsSignatureId: offer.signatureId,
    fromRenewalPage: true,
    now,
    registration: {
      clientType: client.kind === "entrepreneur" ? "entrepreneur" : "legal",
      inn: client.inn,
      organizationName: client.name,
      headName: client.headName,
      phone: client.phone,
      email: client.email,
      office: offer.office,
      items: offer.items
        .filter((item) => item.unitPriceTyiyn !== null)
        .map(({ code, quantity }) => ({ code, quantity }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    },
  });
  return { ok: true, invoiceNumber };
}
