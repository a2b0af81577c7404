import { describe, expect, it } from "vitest";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { issueTestSignature, payInvoiceInFull, testAdmin as admin } from "@/scripts/test/signature-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { setClientReminders } from "../clients/set-client-reminders";
import type { ComposedMessage } from "../notifications/notification-content";
import { sendDueNotifications } from "../notifications/send-due-notifications";
import { getRenewalOffer } from "./get-renewal-offer";
import { issueRenewalInvoice } from "./issue-renewal-invoice";
import { scheduleSignatureReminders } from "./schedule-signature-reminders";
import { reminderEvents } from "./signature-reminders";
import { dayMs as day, hourMs as hour } from "@/lib/dates";

// Signatures handed out at 12:00 in Bishkek, so valid until 12:00 a year later.
const issuedAt = new Date("2026-12-10T06:00:00Z");

describe.each(testProviders)("signature reminders on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  const payInFull = (number: string, at = new Date()) => payInvoiceInFull(t.db, number, at);
  const signatureOf = (key: string, inn: string, email: string | null = `${key}@example.kg`) =>
    issueTestSignature(t.db, { key, issuedAt, registration: { inn, email, office: "jalal-abad" } });
  const rowsOf = (signatureId: number) =>
    t.db.notification.findMany({
      where: { subjectId: signatureId, event: { in: reminderEvents } },
      orderBy: { id: "asc" },
    });
  const sent: ComposedMessage[] = [];
  const render = { email: () => ({ subject: "", text: "" }), sms: () => "" };
  const channels = {
    email: async () => undefined,
    sms: async () => undefined,
  };
  const send = (now: Date) =>
    sendDueNotifications({
      db: t.db,
      now,
      retryBaseMs: 1_000,
      channels,
      render: {
        email: (m) => (sent.push(m), render.email()),
        sms: (m) => (sent.push(m), render.sms()),
      },
    });

  it("reminds 30, 7 and 1 days before, in the daytime, each once across two instances", async () => {
    const signature = await signatureOf("rem-a", "03333333333331");
    const validTo = signature.validTo.getTime();
    const at = (ms: number) => new Date(validTo + ms);
    // Two instances look at once; what they wrote is then sent, as the worker does.
    const both = async (now: Date) => {
      const [a, b] = await Promise.all([
        scheduleSignatureReminders({ db: t.db, now }),
        scheduleSignatureReminders({ db: t.db, now }),
      ]);
      await send(now);
      return a.scheduled + b.scheduled;
    };
    sent.length = 0;
    expect(await both(at(-30 * day - hour))).toBe(0);
    expect(await both(at(-30 * day + hour))).toBe(1);
    expect(await both(at(-30 * day + 2 * hour))).toBe(0);
    const token = (await t.db.signatureIssue.findUniqueOrThrow({ where: { id: signature.id } })).renewalToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    // 22:00 in Bishkek: the 7-day reminder waits for the morning.
    expect(await both(at(-7 * day + 10 * hour))).toBe(0);
    expect(await both(at(-7 * day + 21 * hour))).toBe(1);
    // Midnight, then 09:00 on the last day.
    expect(await both(at(-12 * hour))).toBe(0);
    expect(await both(at(-3 * hour))).toBe(1);
    expect(await both(at(hour))).toBe(0);
    expect((await rowsOf(signature.id)).map((r) => r.event)).toEqual([
      "signatureReminder30",
      "signatureReminder7",
      "signatureReminder1",
    ]);
    // The same link in every reminder.
    expect((await t.db.signatureIssue.findUniqueOrThrow({ where: { id: signature.id } })).renewalToken).toBe(
      token,
    );

    const reminders = sent.filter((m) => m.content.kind === "signatureReminder");
    expect(reminders.map((m) => `${m.channel} ${m.locale} ${m.to}`)).toEqual([
      "email ru rem-a@example.kg",
      "sms ru +996555123456",
      "email ru rem-a@example.kg",
      "sms ru +996555123456",
      "email ru rem-a@example.kg",
      "sms ru +996555123456",
    ]);
    expect(reminders.map((m) => m.content.kind === "signatureReminder" && m.content.daysLeft)).toEqual([
      30, 30, 7, 7, 1, 1,
    ]);
    expect(reminders[0]!.content).toMatchObject({
      renewalToken: token,
      serial: "S-rem-a",
      organizationName: "ОсОО rem-a",
    });
    expect((await rowsOf(signature.id)).map((r) => r.state)).toEqual(["sent", "sent", "sent"]);
  });

  it("sends only the nearest of reminders that waited together, none after expiry, none at night", async () => {
    const signature = await signatureOf("rem-wait", "03333333333336");
    const validTo = signature.validTo.getTime();
    await scheduleSignatureReminders({ db: t.db, now: new Date(validTo - 30 * day + hour) });
    await scheduleSignatureReminders({ db: t.db, now: new Date(validTo - 7 * day + hour) });
    // 23:00 in Bishkek: the waiting reminders are put off to 09:00, not tried.
    const night = new Date(validTo - 7 * day + 11 * hour);
    sent.length = 0;
    await send(night);
    expect(sent.filter((m) => m.content.kind === "signatureReminder")).toEqual([]);
    const waiting = await rowsOf(signature.id);
    expect(waiting.map((r) => [r.state, r.attempts])).toEqual([
      ["pending", 0],
      ["pending", 0],
    ]);
    expect(waiting[0]!.nextAttemptAt).toEqual(new Date(validTo - 7 * day + 21 * hour));
    await send(new Date(validTo - 7 * day + 21 * hour));
    const about = sent.filter(
      (m) => m.content.kind === "signatureReminder" && m.content.organizationName === "ОсОО rem-wait",
    );
    expect(about.map((m) => m.content.kind === "signatureReminder" && m.content.daysLeft)).toEqual([7, 7]);
    expect((await rowsOf(signature.id)).map((r) => r.state)).toEqual(["skipped", "sent"]);

    // Written before expiry, sent after: not at all.
    const late = await signatureOf("rem-expired", "03333333333337");
    await scheduleSignatureReminders({ db: t.db, now: new Date(late.validTo.getTime() - 3 * hour) });
    sent.length = 0;
    await send(new Date(late.validTo.getTime() + 3 * hour));
    expect(sent.filter((m) => m.content.kind === "signatureReminder")).toEqual([]);
    expect((await rowsOf(late.id)).map((r) => r.state)).toEqual(["skipped"]);
  });

  it("gives a signature that reached a stage late only the nearest reminder", async () => {
    const signature = await signatureOf("rem-late", "03333333333332");
    await scheduleSignatureReminders({ db: t.db, now: new Date(signature.validTo.getTime() - 3 * day) });
    expect((await rowsOf(signature.id)).map((r) => r.event)).toEqual(["signatureReminder7"]);
  });

  it("stops after a paid renewal or when staff turn reminders off, even for a reminder waiting to go", async () => {
    const renewed = await signatureOf("rem-paid", "03333333333333");
    const quiet = await signatureOf("rem-off", "03333333333334");
    const validTo = renewed.validTo.getTime();
    const d30 = new Date(validTo - 30 * day + hour);
    expect((await scheduleSignatureReminders({ db: t.db, now: d30 })).scheduled).toBe(2);
    const token = (await t.db.signatureIssue.findUniqueOrThrow({ where: { id: renewed.id } })).renewalToken!;
    const issued = await issueRenewalInvoice({ db: t.db, token, now: d30 });
    expect(issued.ok).toBe(true);
    await payInFull(issued.ok ? issued.invoiceNumber : "", d30);
    await setClientReminders({ db: t.db, actor: admin, inn: "03333333333334", on: false });
    // Both reminders were written before; neither goes now.
    sent.length = 0;
    await send(new Date(d30.getTime() + hour));
    const about = (name: string) =>
      sent.filter((m) => m.content.kind === "signatureReminder" && m.content.organizationName === name);
    expect([...about("ОсОО rem-paid"), ...about("ОсОО rem-off")]).toEqual([]);
    expect((await rowsOf(renewed.id)).map((r) => r.state)).toEqual(["skipped"]);
    expect((await rowsOf(quiet.id)).map((r) => r.state)).toEqual(["skipped"]);
    // And no later ones are written; turned on again, the next one is.
    const d7 = new Date(validTo - 7 * day + hour);
    expect((await scheduleSignatureReminders({ db: t.db, now: d7 })).scheduled).toBe(0);
    await setClientReminders({ db: t.db, actor: admin, inn: "03333333333334", on: true });
    expect((await scheduleSignatureReminders({ db: t.db, now: d7 })).scheduled).toBe(1);
    expect((await rowsOf(quiet.id)).map((r) => r.event)).toEqual([
      "signatureReminder30",
      "signatureReminder7",
    ]);
    expect(await t.db.auditEvent.count({ where: { action: { startsWith: "client.reminders-" } } })).toBe(2);
  });

  it("offers the renewal at today's prices and issues its invoice once, until 30 days after expiry", async () => {
    const signature = await signatureOf("rem-page", "03333333333335");
    const validTo = signature.validTo.getTime();
    const now = new Date(validTo - 7 * day + hour);
    await scheduleSignatureReminders({ db: t.db, now });
    const token = (await t.db.signatureIssue.findUniqueOrThrow({ where: { id: signature.id } }))
      .renewalToken!;
    await t.db.tariff.update({ where: { code: "rutoken" }, data: { priceTyiyn: 222_200n } });
    const offer = await getRenewalOffer({ db: t.db, token, now });
    expect(offer).toMatchObject({
      state: "open",
      serial: "S-rem-page",
      expired: false,
      office: "jalal-abad",
      locale: "ru",
      client: { inn: "03333333333335", name: "ОсОО rem-page" },
      items: [{ code: "rutoken", quantity: 1, unitPriceTyiyn: 222_200, amountTyiyn: 222_200 }],
      totalTyiyn: 222_200,
      invoiceNumber: null,
    });
    const [first, second] = await Promise.all([
      issueRenewalInvoice({ db: t.db, token, now }),
      issueRenewalInvoice({ db: t.db, token, now }),
    ]);
    expect(first).toEqual(second);
    const number = first.ok ? first.invoiceNumber : "";
    const invoice = await t.db.invoice.findUniqueOrThrow({
      where: { number },
      include: { application: true },
    });
    expect(invoice).toMatchObject({ amountTyiyn: 222_200, office: "jalal-abad" });
    expect(invoice.application).toMatchObject({
      renewsSignatureId: signature.id,
      locale: "ru",
      channel: "online",
    });
    expect(await getRenewalOffer({ db: t.db, token, now })).toMatchObject({
      state: "issued",
      invoiceNumber: number,
    });
    expect(await t.db.application.count({ where: { renewsSignatureId: signature.id } })).toBe(1);

    // Its invoice cancelled, the link has been used: it issues no second one.
    await t.db.invoice.update({ where: { number }, data: { status: "cancelled" } });
    expect(await issueRenewalInvoice({ db: t.db, token, now })).toEqual({ ok: false, problem: "used" });
    expect(await t.db.application.count({ where: { renewsSignatureId: signature.id } })).toBe(1);

    const lastDay = new Date(validTo + 30 * day - 1);
    expect((await getRenewalOffer({ db: t.db, token, now: lastDay })).state).toBe("used");
    expect(await getRenewalOffer({ db: t.db, token, now: new Date(validTo + 31 * day) })).toEqual({
      state: "unknown",
    });
    expect(await getRenewalOffer({ db: t.db, token: "A".repeat(12), now })).toEqual({ state: "unknown" });
    expect(await getRenewalOffer({ db: t.db, token: "short", now })).toEqual({ state: "unknown" });
  });
});
