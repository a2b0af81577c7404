import { timingSafeEqual } from "node:crypto";
import type { Database } from "@/server/db";
import { newRenewalToken } from "./schedule-signature-reminders";

// Wrong codes one code may be tried with before it stops working.
export const renewalCodeTries = 5;

// The code typed on the public renewal page, for the INN typed before: right, unused and in time,
// it opens the signature's renewal page (its token, made now if no reminder made it before);
// anything else is the same "no" (wrong, expired, used, too many tries, or no such INN). Each
// wrong try counts against the newest code.
export async function verifyRenewalCode({
  db,
  inn,
  code,
  now = new Date(),
}: {
  db: Database;
  inn: string;
  code: string;
  now?: Date;
}): Promise<{ ok: true; token: string } | { ok: false }> {
  const latest = await db.renewalCode.findFirst({
    where: { signature: { application: { client: { inn } } }, usedAt: null, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
    select: { id: true, code: true, attempts: true, signatureId: true },
  });
  if (!latest || latest.attempts >= renewalCodeTries) return { ok: false };
  const typed = Buffer.from(code.padEnd(latest.code.length).slice(0, latest.code.length));
  if (!timingSafeEqual(typed, Buffer.from(latest.code)) || code.length !== latest.code.length) {
    await db.renewalCode.updateMany({
      where: { id: latest.id, attempts: { lt: renewalCodeTries } },
      data: { attempts: { increment: 1 } },
    });
    return { ok: false };
  }
  // Used once: of two presses at once, one wins.
  const used = await db.renewalCode.updateMany({
    where: { id: latest.id, usedAt: null, attempts: { lt: renewalCodeTries } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return { ok: false };
  await db.signatureIssue.updateMany({
    where: { id: latest.signatureId, renewalToken: null },
    data: { renewalToken: newRenewalToken() },
  });
  const { renewalToken } = await db.signatureIssue.findUniqueOrThrow({
    where: { id: latest.signatureId },
    select: { renewalToken: true },
  });
  return { ok: true, token: renewalToken! };
}
