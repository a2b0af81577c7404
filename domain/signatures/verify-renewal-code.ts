import { timingSafeEqual } from "node:crypto";
import type { Database } from "@/server/db";
import { newRenewalToken } from "./signature-reminders";

// Wrong codes one code may be tried with before it stops working.
export const renewalCodeTries = 5;

// The code typed on the public renewal page, for the INN typed before and by the browser that
// asked for it (its key): right, unused and in time, it opens the signature's renewal page (its
// token, made now if no reminder made it before); anything else is the same "no" (wrong, expired,
// used, too many tries, another browser, or no such INN). A try is counted before the code is
// compared, so that tries at once cannot pass five together.
export async function verifyRenewalCode({
  db,
  inn,
  code,
  requestKey,
  now = new Date(),
}: {
  db: Database;
  inn: string;
  code: string;
  requestKey: string;
  now?: Date;
}): Promise<{ ok: true; token: string } | { ok: false }> {
  if (!requestKey) return { ok: false };
  const latest = await db.renewalCode.findFirst({
    where: {
      signature: { application: { client: { inn } } },
      requestKey,
      usedAt: null,
      expiresAt: { gt: now },
    },
    orderBy: { id: "desc" },
    select: { id: true, code: true, signatureId: true },
  });
  if (!latest) return { ok: false };
  const tried = await db.renewalCode.updateMany({
    where: { id: latest.id, attempts: { lt: renewalCodeTries } },
    data: { attempts: { increment: 1 } },
  });
  if (tried.count !== 1) return { ok: false };
  const right =
    code.length === latest.code.length && timingSafeEqual(Buffer.from(code), Buffer.from(latest.code));
  if (!right) return { ok: false };
  // Used once: of two right tries at once, one wins.
  const used = await db.renewalCode.updateMany({
    where: { id: latest.id, usedAt: null },
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
