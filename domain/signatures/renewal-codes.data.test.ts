import { describe, expect, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { issueTestSignature, payInvoiceInFull } from "@/scripts/test/signature-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { composeNotification } from "../notifications/compose-notification";
import { getRenewalOffer } from "./get-renewal-offer";
import { issueRenewalInvoice } from "./issue-renewal-invoice";
import { requestRenewalCode } from "./request-renewal-code";
import { verifyRenewalCode } from "./verify-renewal-code";

const day = 24 * 60 * 60 * 1000;
const minute = 60 * 1000;
const issuedAt = new Date("2026-12-10T06:00:00Z");
// Ten days before those signatures expire.
const now = new Date(issuedAt.getTime() + 355 * day);

describe.each(testProviders)("renewal by INN and an SMS code on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  const codesOf = (signatureId: number) =>
    t.db.renewalCode.findMany({ where: { signatureId }, orderBy: { id: "asc" } });
  const outboxRows = () => t.db.notification.count({ where: { event: "renewalCode" } });
  let codes = 100_000;
  const nextCode = () => String(++codes);

  it("sends a code only for a client's own phone and an expiring signature, and says nothing either way", async () => {
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
    const ask = (inn: string, phone: string, at = now) =>
      requestRenewalCode({ db: t.db, inn, phone, locale: "ky", now: at, newCode: nextCode });
    // Each answers nothing: the caller cannot tell which of these sent a code.
    expect(await ask("04444444444441", "0700 000 000")).toBeUndefined();
    expect(await ask("04444444444449", "0555 12 34 56")).toBeUndefined();
    expect(await ask("04444444444442", "0555 12 34 56")).toBeUndefined();
    expect(await ask("04444444444441", "не номер")).toBeUndefined();
    expect(await outboxRows()).toBe(0);

    // The phone on file, typed as people type it.
    await ask("04444444444441", "0555 12 34 56");
    const [row] = await codesOf(signature.id);
    expect(row).toMatchObject({ code: String(codes), locale: "ky", attempts: 0, usedAt: null });
    expect(row!.expiresAt.getTime() - now.getTime()).toBe(10 * minute);
    const outbox = await t.db.notification.findFirstOrThrow({
      where: { event: "renewalCode", subjectId: row!.id },
    });
    // By SMS only, to the phone on file, while it can still be used.
    const messages = await composeNotification(t.db, outbox);
    expect(messages.map((m) => `${m.channel} ${m.to} ${m.locale}`)).toEqual(["sms +996555123456 ky"]);
    expect(messages[0]!.content).toEqual({ kind: "renewalCode", code: row!.code });

    // Three codes an hour, then none until the hour has passed.
    await ask("04444444444441", "+996555123456", new Date(now.getTime() + minute));
    await ask("04444444444441", "+996555123456", new Date(now.getTime() + 2 * minute));
    await ask("04444444444441", "+996555123456", new Date(now.getTime() + 3 * minute));
    expect(await codesOf(signature.id)).toHaveLength(3);
    await ask("04444444444441", "+996555123456", new Date(now.getTime() + 61 * minute));
    expect(await codesOf(signature.id)).toHaveLength(4);
    expect(await outboxRows()).toBe(4);
  });

  it("opens the renewal page for the right code once, and never after five wrong tries or ten minutes", async () => {
    const signature = await issueTestSignature(t.db, {
      key: "code-b",
      issuedAt,
      registration: { inn: "04444444444443" },
    });
    const inn = "04444444444443";
    const ask = (at: Date) =>
      requestRenewalCode({ db: t.db, inn, phone: "+996555123456", locale: "ru", now: at, newCode: nextCode });
    await ask(now);
    const first = String(codes);
    for (let i = 0; i < 5; i++)
      expect(await verifyRenewalCode({ db: t.db, inn, code: "000000", now })).toEqual({ ok: false });
    expect(await verifyRenewalCode({ db: t.db, inn, code: first, now })).toEqual({ ok: false });
    expect((await codesOf(signature.id))[0]!.attempts).toBe(5);

    await ask(new Date(now.getTime() + minute));
    const second = String(codes);
    expect(
      await verifyRenewalCode({ db: t.db, inn, code: second, now: new Date(now.getTime() + 11 * minute) }),
    ).toEqual({
      ok: false,
    });
    expect(await verifyRenewalCode({ db: t.db, inn: "04444444444441", code: second, now })).toEqual({
      ok: false,
    });
    const opened = await verifyRenewalCode({ db: t.db, inn, code: second, now });
    expect(opened.ok).toBe(true);
    const token = opened.ok ? opened.token : "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(await verifyRenewalCode({ db: t.db, inn, code: second, now })).toEqual({ ok: false });
    expect(await getRenewalOffer({ db: t.db, token, now })).toMatchObject({
      state: "open",
      signatureId: signature.id,
    });

    // Renewed and paid: no more codes.
    const issued = await issueRenewalInvoice({ db: t.db, token, now });
    await payInvoiceInFull(t.db, issued.ok ? issued.invoiceNumber : "", now);
    const before = (await codesOf(signature.id)).length;
    await ask(new Date(now.getTime() + 2 * 60 * minute));
    expect(await codesOf(signature.id)).toHaveLength(before);
  });
});
