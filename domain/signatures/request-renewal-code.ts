import { randomInt } from "node:crypto";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import { runTransaction, type Database } from "@/server/db";
import { expiringWindow } from "./list-expiring-signatures";

export interface RequestRenewalCodeOptions {
  db: Database;
  inn: string;
  // As typed; compared with the client's phone on file once both are normalised.
  phone: string;
  locale: "ky" | "ru";
  now?: Date;
  newCode?: () => string;
}

export const renewalCodeTtlMs = 10 * 60 * 1000;
// Codes per signature per hour: each is an SMS we pay for and a phone someone may be pestering.
const codesPerHour = 3;
const sixDigits = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

// A renewal started on the public site: when the INN is a client's, the phone is the one on file,
// and a signature of theirs is in the renewal window (expiring within 30 days or expired within
// the last 30, no renewal paid), a one-time code goes to that phone by SMS through the outbox.
// Otherwise nothing happens, and the caller cannot tell the difference: the page answers the same
// either way, so that nobody learns whose INN or phone is on file.
export async function requestRenewalCode({
  db,
  inn,
  phone,
  locale,
  now = new Date(),
  newCode = sixDigits,
}: RequestRenewalCodeOptions): Promise<void> {
  const typed = normalizeKyrgyzMobile(phone);
  if (!typed) return;
  const client = await db.client.findUnique({ where: { inn }, select: { id: true, phone: true } });
  if (!client || normalizeKyrgyzMobile(client.phone) !== typed) return;
  const signature = await db.signatureIssue.findFirst({
    where: {
      application: { clientId: client.id },
      validTo: expiringWindow(now),
      renewals: { none: { invoice: { status: "paid" } } },
    },
    orderBy: { validTo: "asc" },
    select: { id: true },
  });
  if (!signature) return;
  await runTransaction(db, async (tx) => {
    const recent = await tx.renewalCode.count({
      where: { signatureId: signature.id, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= codesPerHour) return;
    const code = await tx.renewalCode.create({
      data: {
        signatureId: signature.id,
        code: newCode(),
        locale,
        expiresAt: new Date(now.getTime() + renewalCodeTtlMs),
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.notification.create({ data: { event: "renewalCode", subjectId: code.id } });
  });
}
