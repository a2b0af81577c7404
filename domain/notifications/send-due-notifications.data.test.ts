import { describe, expect, it } from "vitest";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { registerClient } from "@/domain/registration/register-client";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { aRegistration } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { SmsRefusedError } from "@/lib/sms/sms-channel";
import type { ComposedMessage } from "./notification-content";
import { countOutbox, retryDelayMs, sendDueNotifications, smsIdOf } from "./send-due-notifications";

const render = {
  email: (m: ComposedMessage) => ({ subject: m.content.kind, text: JSON.stringify(m.content) }),
  sms: (m: ComposedMessage) => `${m.content.kind} ${m.locale}`,
};
type Send = (mail: { to: string; subject: string }) => Promise<void>;
const emailOnly = (send: Send | null) => ({ email: send, sms: null });
const later = (ms: number) => new Date(Date.now() + ms);

describe("retryDelayMs", () => {
  it("doubles from the base, at most an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});

describe("smsIdOf", () => {
  it("is at most 12 Latin letters and digits, and differs for a row numbered again after a restore", () => {
    const at = new Date("2026-12-06T03:00:00.123Z");
    const id = smsIdOf({ id: 1_679_615, createdAt: at });
    expect(id).toMatch(/^[a-z0-9]{12}$/);
    expect(smsIdOf({ id: 1_679_615, createdAt: at })).toBe(id);
    expect(smsIdOf({ id: 1_679_615, createdAt: new Date(at.getTime() + 1_000) })).not.toBe(id);
    expect(smsIdOf({ id: 7, createdAt: new Date("2099-12-31T23:59:59.999Z") })).toHaveLength(12);
  });
});

describe.each(testProviders)("the outbox on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  let n = 0;
  const register = (email: string | null) =>
    registerClient({
      db: t.db,
      submissionKey: `outbox-${provider}-${++n}`,
      locale: "ru",
      // Each its own phone: the public form sends one phone at most three invoice SMS a day.
      registration: aRegistration({ inn: `0707070707070${n}`, email, phone: `+996555${100000 + n}` }),
    });

  it("marks rows skipped when mail is off or nobody gave an address", async () => {
    await register("a@example.kg");
    await register(null);
    expect(
      await sendDueNotifications({ db: t.db, channels: emailOnly(null), render, retryBaseMs: 1_000 }),
    ).toMatchObject({
      sent: 0,
      retried: 0,
      skipped: 2,
    });
    await register(null);
    const sent: string[] = [];
    const send = async (mail: { to: string }) => void sent.push(mail.to);
    expect(
      await sendDueNotifications({ db: t.db, channels: emailOnly(send), render, retryBaseMs: 1_000 }),
    ).toMatchObject({
      skipped: 1,
    });
    expect(sent).toEqual([]);
    expect(await countOutbox({ db: t.db })).toMatchObject({ pending: 0, failed: 0 });
  });

  it("retries a failure after its delay, and two workers at once send each message once", async () => {
    const { invoiceNumber } = await register("b@example.kg");
    const failing = async () => {
      throw new Error("SMTP is down");
    };
    expect(
      await sendDueNotifications({ db: t.db, channels: emailOnly(failing), render, retryBaseMs: 60_000 }),
    ).toMatchObject({
      retried: 1,
    });
    const row = await t.db.notification.findFirstOrThrow({ where: { state: "pending" } });
    expect(row).toMatchObject({ attempts: 1, lastError: "SMTP is down" });
    const sent: string[] = [];
    const send = async (mail: { to: string; subject: string }) =>
      void sent.push(`${mail.to} ${mail.subject}`);
    // Not yet due.
    expect(
      await sendDueNotifications({ db: t.db, channels: emailOnly(send), render, retryBaseMs: 60_000 }),
    ).toMatchObject({
      sent: 0,
    });

    await t.db.officeSettings.upsert({
      where: { office: "osh" },
      create: { office: "osh", email: "osh@example.kg" },
      update: { email: "osh@example.kg" },
    });
    for (let i = 0; i < 5; i++) {
      const answer = await recordEdsPayment({
        db: t.db,
        request: {
          txnId: `out-${provider}-${i}`,
          account: invoiceNumber,
          sumTyiyn: 100,
          txnDate: new Date(),
        },
      });
      expect(answer.status).toBe("recorded");
    }
    const now = later(61_000);
    await Promise.all([
      sendDueNotifications({ db: t.db, channels: emailOnly(send), render, retryBaseMs: 60_000, now }),
      sendDueNotifications({ db: t.db, channels: emailOnly(send), render, retryBaseMs: 60_000, now }),
    ]);
    expect(sent.filter((s) => s === "b@example.kg invoiceIssued")).toHaveLength(1);
    expect(sent.filter((s) => s === "b@example.kg receipt")).toHaveLength(5);
    expect(sent.filter((s) => s === "osh@example.kg officePayment")).toHaveLength(5);
    expect(await countOutbox({ db: t.db })).toMatchObject({ pending: 0, failed: 0 });
  });

  it("does not write again to a recipient already served when another fails", async () => {
    const { invoiceNumber } = await register("c@example.kg");
    await sendDueNotifications({
      db: t.db,
      channels: emailOnly(async () => undefined),
      render,
      retryBaseMs: 1_000,
    });
    await recordEdsPayment({
      db: t.db,
      request: { txnId: `partial-${provider}`, account: invoiceNumber, sumTyiyn: 100, txnDate: new Date() },
    });
    const sent: string[] = [];
    const officeDown = async (mail: { to: string }) => {
      if (mail.to.startsWith("osh")) throw new Error("the office's server refused");
      sent.push(mail.to);
    };
    await sendDueNotifications({ db: t.db, channels: emailOnly(officeDown), render, retryBaseMs: 1_000 });
    const send = async (mail: { to: string }) => void sent.push(mail.to);
    await sendDueNotifications({
      db: t.db,
      channels: emailOnly(send),
      render,
      retryBaseMs: 1_000,
      now: later(2_000),
    });
    expect(sent).toEqual(["c@example.kg", "osh@example.kg"]);
  });

  it("sends the client an SMS beside the email, in their language, once, and retries only the SMS", async () => {
    const { invoiceNumber } = await register("d@example.kg");
    const mails: string[] = [];
    const sms: { id: string; to: string; text: string }[] = [];
    let smsDown = true;
    const channels = {
      email: async (mail: { to: string; subject: string }) => void mails.push(`${mail.to} ${mail.subject}`),
      sms: async (message: { id: string; to: string; text: string }) => {
        if (smsDown) throw new Error("the SMS gateway is down");
        sms.push(message);
      },
    };
    expect(await sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000 })).toMatchObject({
      retried: 1,
      messages: { email: 1, sms: 0 },
    });
    smsDown = false;
    const now = later(1_500);
    await Promise.all([
      sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000, now }),
      sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000, now }),
    ]);
    expect(mails).toEqual(["d@example.kg invoiceIssued"]);
    const row = await t.db.notification.findFirstOrThrow({
      where: { event: "invoiceIssued" },
      orderBy: { id: "desc" },
    });
    const { phone } = (
      await t.db.invoice.findUniqueOrThrow({
        where: { number: invoiceNumber },
        include: { application: true },
      })
    ).application!;
    expect(sms).toEqual([{ id: smsIdOf(row), to: phone, text: "invoiceIssued ru" }]);
    expect(row).toMatchObject({ state: "sent", lastError: null });
    expect(row.clientSmsSentAt).not.toBeNull();

    // SMS alone (mail off) reaches a client without email; a payment's receipt too.
    const bare = await register(null);
    await recordEdsPayment({
      db: t.db,
      request: { txnId: `sms-${provider}`, account: invoiceNumber, sumTyiyn: 100, txnDate: new Date() },
    });
    const smsOnly = { email: null, sms: channels.sms };
    await sendDueNotifications({
      db: t.db,
      channels: smsOnly,
      render,
      retryBaseMs: 1_000,
      now: later(3_000),
    });
    expect(sms.slice(1).map((m) => m.text)).toEqual(["invoiceIssued ru", "receipt ru"]);
    expect(bare.invoiceNumber).toBeTruthy();
    expect(mails).toHaveLength(1);
    expect(await countOutbox({ db: t.db })).toMatchObject({ pending: 0, sent: { sms: 3 } });
  });

  it("gives up an SMS the provider will never take, without holding the email back", async () => {
    await register("e@example.kg");
    const mails: string[] = [];
    const refusing = async () => {
      throw new SmsRefusedError("SMS 7: not a valid number");
    };
    const channels = { email: async (mail: { to: string }) => void mails.push(mail.to), sms: refusing };
    expect(await sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000 })).toMatchObject({
      sent: 1,
      retried: 0,
      refused: 1,
    });
    expect(mails).toEqual(["e@example.kg"]);
    expect(await t.db.notification.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      state: "sent",
      clientSmsSentAt: null,
      lastError: "SMS 7: not a valid number",
    });
    // Nobody else to write to: the row is skipped, and says why.
    await register(null);
    await sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000 });
    expect(await t.db.notification.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      state: "skipped",
      lastError: "SMS 7: not a valid number",
    });
  });

  it("sends one phone at most three invoice SMS a day from the public form, and any number from the office", async () => {
    const smsTo: string[] = [];
    const channels = { email: null, sms: async (m: { to: string }) => void smsTo.push(m.to) };
    const online = (i: number) =>
      registerClient({
        db: t.db,
        submissionKey: `cap-${provider}-${i}`,
        registration: aRegistration({ inn: `0808080808080${i}`, phone: "+996700999999" }),
      });
    for (let i = 1; i <= 4; i++) await online(i);
    await registerClient({
      db: t.db,
      actor: { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null },
      submissionKey: `cap-${provider}-office`,
      registration: aRegistration({ inn: "08080808080809", phone: "+996700999999" }),
    });
    await sendDueNotifications({ db: t.db, channels, render, retryBaseMs: 1_000, limit: 100 });
    expect(smsTo.filter((to) => to === "+996700999999")).toHaveLength(4);
  });
});
