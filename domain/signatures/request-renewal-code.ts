import { randomInt } from "node:crypto";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import { runTransaction, type Database } from "@/server/db";
import { findRenewableSignatures } from "./find-renewable-signatures";
import { hourMs } from "@/lib/dates";

export interface RequestRenewalCodeOptions {
  db: Database;
  inn: string;
  // As typed; compared with the phone of the signature's application once both are normalised.
  phone: string;
  locale: "ky" | "ru";
  // The asking browser's random key (a cookie set whatever happens here): only it may try the code.
  requestKey: string;
  now?: Date;
  newCode?: () => string;
}

export const renewalCodeTtlMs = 10 * 60 * 1000;
// Codes per signature per hour: each is an SMS we pay for and a phone someone may be pestering.
const codesPerHour = 3;
const sixDigits = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

// A renewal started on the public site: when a signature of this INN is in the renewal window
// (expiring within 30 days or expired within the last 30, no renewal paid) and was issued on an
// application with this phone, a one-time code goes to that phone by SMS through the outbox.
// Otherwise nothing happens, and the caller cannot tell the difference: the page answers the same
// either way, so that nobody learns whose INN or phone is on file.
export async function requestRenewalCode({
  db,
  inn,
  phone,
  locale,
  requestKey,
  now = new Date(),
  newCode = sixDigits,
}: RequestRenewalCodeOptions): Promise<void> {
  const typed = normalizeKyrgyzMobile(phone);
  if (!typed) return;
  const signature = (await findRenewableSignatures({ db, inn, now })).find(
    (s) => normalizeKyrgyzMobile(s.application.phone) === typed,
  );
  if (!signature) return;
  await runTransaction(db, async (tx) => {
    // Three codes an hour, counted by conditional updates: a new hour starts the count at one;
    // within the hour only a count below three goes up. Of requests at once, no more pass.
    const newHour = await tx.signatureIssue.updateMany({
      where: {
        id: signature.id,
        OR: [{ codeHourStart: null }, { codeHourStart: { lte: new Date(now.getTime() - hourMs) } }],
      },
      data: { codeHourStart: now, codesInHour: 1 },
    });
    if (newHour.count === 0) {
      const sameHour = await tx.signatureIssue.updateMany({
        where: { id: signature.id, codesInHour: { lt: codesPerHour } },
        data: { codesInHour: { increment: 1 } },
      });
      if (sameHour.count === 0) return;
    }
    const code = await tx.renewalCode.create({
      data: {
        signatureId: signature.id,
        code: newCode(),
        locale,
        requestKey,
        expiresAt: new Date(now.getTime() + renewalCodeTtlMs),
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.notification.create({
      data: { event: "renewalCode", subjectId: code.id, createdAt: now, nextAttemptAt: now },
    });
  });
}
