import { describe, expect, it } from "vitest";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { registerClient } from "@/domain/registration/register-client";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { aRegistration } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import type { ComposedMessage } from "./compose-notification";
import { countOutbox, retryDelayMs, sendDueNotifications } from "./send-due-notifications";

const render = (m: ComposedMessage) => ({ subject: m.content.kind, text: JSON.stringify(m.content) });
const later = (ms: number) => new Date(Date.now() + ms);

describe("retryDelayMs", () => {
  it("doubles from the base, at most an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});

describe.each(testProviders)("the email outbox on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  let n = 0;
  const register = (email: string | null) =>
    registerClient({
      db: t.db,
      submissionKey: `outbox-${provider}-${++n}`,
      locale: "ru",
      registration: aRegistration({ inn: `0707070707070${n}`, email }),
    });

  it("marks rows skipped when mail is off or nobody gave an address", async () => {
    await register("a@example.kg");
    await register(null);
    expect(await sendDueNotifications({ db: t.db, send: null, render, retryBaseMs: 1_000 })).toEqual({
      sent: 0,
      retried: 0,
      skipped: 2,
    });
    await register(null);
    const sent: string[] = [];
    const send = async (mail: { to: string }) => void sent.push(mail.to);
    expect(await sendDueNotifications({ db: t.db, send, render, retryBaseMs: 1_000 })).toMatchObject({
      skipped: 1,
    });
    expect(sent).toEqual([]);
    expect(await countOutbox({ db: t.db })).toEqual({ pending: 0, failed: 0 });
  });

  it("retries a failure after its delay, and two workers at once send each message once", async () => {
    const { invoiceNumber } = await register("b@example.kg");
    const failing = async () => {
      throw new Error("SMTP is down");
    };
    expect(
      await sendDueNotifications({ db: t.db, send: failing, render, retryBaseMs: 60_000 }),
    ).toMatchObject({
      retried: 1,
    });
    const row = await t.db.notification.findFirstOrThrow({ where: { state: "pending" } });
    expect(row).toMatchObject({ attempts: 1, lastError: "SMTP is down" });
    const sent: string[] = [];
    const send = async (mail: { to: string; subject: string }) =>
      void sent.push(`${mail.to} ${mail.subject}`);
    // Not yet due.
    expect(await sendDueNotifications({ db: t.db, send, render, retryBaseMs: 60_000 })).toMatchObject({
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
      sendDueNotifications({ db: t.db, send, render, retryBaseMs: 60_000, now }),
      sendDueNotifications({ db: t.db, send, render, retryBaseMs: 60_000, now }),
    ]);
    expect(sent.filter((s) => s === "b@example.kg invoiceIssued")).toHaveLength(1);
    expect(sent.filter((s) => s === "b@example.kg receipt")).toHaveLength(5);
    expect(sent.filter((s) => s === "osh@example.kg officePayment")).toHaveLength(5);
    expect(await countOutbox({ db: t.db })).toEqual({ pending: 0, failed: 0 });
  });

  it("does not write again to a recipient already served when another fails", async () => {
    const { invoiceNumber } = await register("c@example.kg");
    await sendDueNotifications({ db: t.db, send: async () => undefined, render, retryBaseMs: 1_000 });
    await recordEdsPayment({
      db: t.db,
      request: { txnId: `partial-${provider}`, account: invoiceNumber, sumTyiyn: 100, txnDate: new Date() },
    });
    const sent: string[] = [];
    const officeDown = async (mail: { to: string }) => {
      if (mail.to.startsWith("osh")) throw new Error("the office's server refused");
      sent.push(mail.to);
    };
    await sendDueNotifications({ db: t.db, send: officeDown, render, retryBaseMs: 1_000 });
    const send = async (mail: { to: string }) => void sent.push(mail.to);
    await sendDueNotifications({ db: t.db, send, render, retryBaseMs: 1_000, now: later(2_000) });
    expect(sent).toEqual(["c@example.kg", "osh@example.kg"]);
  });
});
