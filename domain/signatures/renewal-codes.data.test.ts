import { describe, expect, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { issueTestSignature, payInvoiceInFull } from "@/scripts/test/signature-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { composeNotification } from "../notifications/compose-notification";
import { getRenewalOffer } from "./get-renewal-offer";
import { issueRenewalInvoice } from "./issue-renewal-invoice";
import { requestRenewalCode } from "./request-renewal-code";
import { verifyRenewalCode } from "./verify-renewal-code";
import { dayMs as day } from "@/lib/dates";

const minute = 60 * 1000;
const issuedAt = new Date("2026-12-10T06:00:00Z");
// Ten days before those signatures expire.
const now = new Date(issuedAt.getTime() + 355 * day);
const browser = "k".repeat(22);

describe.each(testProviders)("renewal by INN and an SMS code on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  const codesOf = (signatureId: number) =>
    t.db.renewalCode.findMany({ where: { signatureId }, orderBy: { id: "asc" } });
  let codes = 100_000;
  const nextCode = () => String(++codes);
  const ask = (inn: string, phone: string, at = now, requestKey = browser) =>
    requestRenewalCode({ db: t.db, inn, phone, locale: "ky", requestKey, now: at, newCode: nextCode });

  it("sends a code only for the phone the signature was issued on, and says nothing either way", async () => {
    const signature = await issueTestSignature(t.db, {
      key: "code-a",
      issuedAt,
      registration: { inn: "04444444444441" },
    });
    await issueTestSignature(t.db, {
      key: "code-far",
      issuedAt: new Date(issuedAt.getTime() + 100 * day),
      registration: { inn: "04444444444442" },
    });
    // Another phone, an unknown INN, a signature far from expiry, no phone: nothing is sent.
    await ask("04444444444441", "0700 000 000");
    await ask("04444444444449", "0555 12 34 56");
    await ask("04444444444442", "0555 12 34 56");
    await ask("04444444444441", "не номер");
    expect(await t.db.notification.count({ where: { event: "renewalCode" } })).toBe(0);

    // The phone of the signature's application, typed as people type it.
    await ask("04444444444441", "0555 12 34 56");
    const [row] = await codesOf(signature.id);
    expect(row).toMatchObject({
      code: String(codes),
      locale: "ky",
      attempts: 0,
      usedAt: null,
      requestKey: browser,
    });
    expect(row!.expiresAt.getTime() - now.getTime()).toBe(10 * minute);
    const outbox = await t.db.notification.findFirstOrThrow({
      where: { event: "renewalCode", subjectId: row!.id },
    });
    // By SMS only, to that phone, while the code can still be used.
    const messages = await composeNotification(t.db, outbox, now);
    expect(messages.map((m) => `${m.channel} ${m.to} ${m.locale}`)).toEqual(["sms +996555123456 ky"]);
    expect(messages[0]!.content).toEqual({ kind: "renewalCode", code: row!.code });
    expect(await composeNotification(t.db, outbox, new Date(now.getTime() + 10 * minute))).toEqual([]);
  });

  it("sends three codes an hour per signature, even when asked for many at once", async () => {
    const signature = await issueTestSignature(t.db, {
      key: "code-burst",
      issuedAt,
      registration: { inn: "04444444444444" },
    });
    await Promise.all(Array.from({ length: 6 }, () => ask("04444444444444", "+996555123456")));
    expect(await codesOf(signature.id)).toHaveLength(3);
    await ask("04444444444444", "+996555123456", new Date(now.getTime() + 59 * minute));
    expect(await codesOf(signature.id)).toHaveLength(3);
    await ask("04444444444444", "+996555123456", new Date(now.getTime() + 60 * minute));
    expect(await codesOf(signature.id)).toHaveLength(4);
  });

  it("opens the renewal page for the right code from the browser that asked, once, and never after five wrong tries or ten minutes", async () => {
    const inn = "04444444444443";
    const signature = await issueTestSignature(t.db, { key: "code-b", issuedAt, registration: { inn } });
    const verify = (code: string, at = now, requestKey = browser) =>
      verifyRenewalCode({ db: t.db, inn, code, requestKey, now: at });
    await ask(inn, "+996555123456");
    const first = String(codes);
    // Someone else who knows the INN cannot use up the client's tries.
    for (let i = 0; i < 6; i++) expect(await verify("000000", now, "x".repeat(22))).toEqual({ ok: false });
    expect((await codesOf(signature.id))[0]!.attempts).toBe(0);
    // Five wrong tries of the client's own, at once: then even the right code no longer works.
    await Promise.all(Array.from({ length: 5 }, () => verify("000000")));
    expect(await verify(first)).toEqual({ ok: false });
    expect((await codesOf(signature.id))[0]!.attempts).toBe(5);

    await ask(inn, "+996555123456", new Date(now.getTime() + minute));
    const second = String(codes);
    expect(await verify(second, new Date(now.getTime() + 11 * minute))).toEqual({ ok: false });
    const opened = await verify(second);
    expect(opened.ok).toBe(true);
    const token = opened.ok ? opened.token : "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(await verify(second)).toEqual({ ok: false });
    expect(await getRenewalOffer({ db: t.db, token, now })).toMatchObject({
      state: "open",
      signatureId: signature.id,
    });

    // Renewed and paid: no more codes.
    const issued = await issueRenewalInvoice({ db: t.db, token, now });
    await payInvoiceInFull(t.db, issued.ok ? issued.invoiceNumber : "", now);
    const before = (await codesOf(signature.id)).length;
    await ask(inn, "+996555123456", new Date(now.getTime() + 2 * 60 * minute));
    expect(await codesOf(signature.id)).toHaveLength(before);
  });
});
