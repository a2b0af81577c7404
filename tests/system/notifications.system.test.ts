import { describe, expect, it } from "vitest";
import { registerClient } from "@/domain/registration/register-client";
import { aRegistration, connectToSoci } from "@/scripts/test/registration-fixture";
import { recipientOf } from "@/scripts/test/fake-smtp-server";
import { waitUntil } from "@/scripts/test/wait-until";
import { testProviders } from "@/scripts/test/test-database";
import { callMegapay, nextTxnId, txnDate } from "./megapay-client";
import { useNotificationApps } from "./notification-harness";

// Clients and offices told by email and clients by SMS, through the outbox: in the client's
// language, once per invoice and per payment (a replayed pay sends nothing), by exactly one of two
// instances, and late rather than never when the SMTP server or the SMS gateway is down. (A
// signature's reminder: signature-reminder.system.test.ts.)
describe.each(testProviders)("email and SMS notifications on %s", (provider) => {
  const h = useNotificationApps(provider);

  it("sends the invoice, each receipt and the office's notice once by email and SMS, in the client's language", async () => {
    const inn = provider === "sqlite" ? "06060606060601" : "06060606060602";
    const { invoiceNumber } = await registerClient({
      db: h.t.db,
      submissionKey: `mail-${provider}`,
      locale: "ru",
      registration: aRegistration({
        inn,
        email: "client@example.kg",
        items: [{ code: "cloud-head", quantity: 1 }],
      }),
    });
    const invoiceMail = await waitUntil("the invoice's email", () =>
      h.smtp.received.find((m) => recipientOf(m) === "client@example.kg" && m.subject?.startsWith("Счёт ")),
    );
    // The number without spaces, as it is typed into the wallet; the mail ends with whom to call.
    expect(invoiceMail.subject).toBe(`Счёт ${invoiceNumber} на 1\u00a0510,00 сом`);
    expect(invoiceMail.text).toContain(`Номер счёта: ${invoiceNumber}\n`);
    expect(invoiceMail.text).toContain(`${h.apps[0]!.siteUrl}/ru/invoice/${invoiceNumber}`);
    expect(invoiceMail.text).toContain("«Оплата ЭЦП»");
    expect(invoiceMail.text).toContain("Это письмо отправлено автоматически.");
    const smsTo = (text: string) =>
      h.sms.received.filter((m) => m.text === text && m.phones[0] === "996555123456");
    await waitUntil(
      "the invoice's SMS",
      () => smsTo(`Счёт ${invoiceNumber} на 1\u00a0510,00 сом. MegaPay → «Оплата ЭЦП»`).length === 1,
    );

    await registerClient({
      db: h.t.db,
      submissionKey: `mail-ky-${provider}`,
      locale: "ky",
      registration: aRegistration({ inn: inn.replace(/.$/, "9"), email: "ky@example.kg" }),
    });
    const kyMail = await waitUntil("the Kyrgyz invoice email", () =>
      h.smtp.received.find((m) => recipientOf(m) === "ky@example.kg"),
    );
    expect(kyMail.subject).toMatch(/^Төлөө эсеби \d{16}: /);
    expect(kyMail.text).toContain("/ky/invoice/");
    await waitUntil("the Kyrgyz invoice SMS", () =>
      h.sms.received.find((m) => m.text.startsWith("Төлөө эсеби ")),
    );

    // Ten pays of one som, spread over both instances, and a SOChI top-up.
    const txns = Array.from({ length: 10 }, () => nextTxnId());
    await Promise.all(
      txns.map((txn, i) =>
        callMegapay(h.apps[i % 2]!.url, "eds", {
          command: "pay",
          txn_id: txn,
          account: invoiceNumber,
          sum: "1",
          txn_date: txnDate,
        }),
      ),
    );
    await connectToSoci(h.t.db, inn);
    const soci = await callMegapay(h.apps[0]!.url, "soci", {
      command: "pay",
      txn_id: nextTxnId(),
      account: inn,
      sum: "25.50",
      txn_date: txnDate,
    });
    expect(soci.result).toBe(0);
    const receipts = () =>
      h.smtp.received.filter(
        (m) => recipientOf(m) === "client@example.kg" && m.subject?.startsWith("Оплата получена"),
      );
    const notices = () => h.smtp.received.filter((m) => recipientOf(m) === "osh@dostek.kg");
    await waitUntil("11 receipts and 10 notices", () => receipts().length >= 11 && notices().length >= 10);
    const smsReceipts = () =>
      h.sms.received.filter((m) => m.text.startsWith(`Счёт ${invoiceNumber}: внесено 1,00 сом`));
    const sociSms = `Баланс СОчИ (ИНН …${inn.slice(-4)}) пополнен на 25,50 сом`;
    await waitUntil(
      "10 receipts and a top-up by SMS",
      () => smsReceipts().length >= 10 && smsTo(sociSms).length >= 1,
    );
    // A replayed pay is answered as recorded and records nothing, so it writes no row to the outbox.
    const written = await h.t.db.notification.count();
    const replay = await callMegapay(h.apps[1]!.url, "eds", {
      command: "pay",
      txn_id: txns[0]!,
      account: invoiceNumber,
      sum: "1",
      txn_date: txnDate,
    });
    expect(replay.result).toBe(0);
    expect(await h.t.db.notification.count()).toBe(written);
    // What arrived is each message the outbox marked sent, once.
    await h.outboxEmptied();
    const rows = await h.t.db.notification.findMany();
    const marked = (mark: "clientSentAt" | "officeSentAt" | "clientSmsSentAt") =>
      rows.filter((row) => row[mark]).length;
    expect(h.smtp.received).toHaveLength(marked("clientSentAt") + marked("officeSentAt"));
    expect(h.sms.received).toHaveLength(marked("clientSmsSentAt"));
    expect(receipts()).toHaveLength(11);
    expect(notices()).toHaveLength(10);
    expect(smsReceipts()).toHaveLength(10);
    expect(smsTo(sociSms)).toHaveLength(1);
    expect(h.sms.received.every((m) => m.text.length <= 70 && m.sender === "DOSTEK" && !m.test)).toBe(true);
    expect(new Set(h.sms.received.map((m) => m.id)).size).toBe(h.sms.received.length);
    expect(new Set(h.smtp.received.map((m) => m.messageId)).size).toBe(h.smtp.received.length);
    for (const txn of txns)
      expect(receipts().filter((m) => m.text?.includes(`Номер операции: ${txn}.`))).toHaveLength(1);
    expect(receipts().find((m) => m.text?.includes("осталось оплатить 1\u00a0500,00 сом"))).toBeDefined();
    expect(receipts().find((m) => m.text?.includes(`баланс в СОчИ по ИНН ${inn}`))?.subject).toBe(
      "Оплата получена: 25,50 сом",
    );
    expect(notices()[0]!.subject).toBe(
      `Төлөө эсеби ${invoiceNumber} боюнча төлөм: 1,00 сом / Оплата по счёту ${invoiceNumber}: 1,00 сом`,
    );
    expect(notices()[0]!.text).toMatch(/\/ru\/office\/applications\/\d+/);

    // The SMTP server and the SMS gateway go away: the receipt waits in the outbox, and arrives by
    // both once they are back.
    await h.smtp.close();
    await h.sms.close();
    const late = nextTxnId();
    const paid = await callMegapay(h.apps[0]!.url, "eds", {
      command: "pay",
      txn_id: late,
      account: invoiceNumber,
      sum: "2",
      txn_date: txnDate,
    });
    expect(paid.result).toBe(0);
    // The pay's own row (the newest: written with the pay) has been tried and waits.
    await waitUntil("a failed attempt", async () => {
      const newest = await h.t.db.notification.findFirstOrThrow({
        where: { event: "paymentRecorded" },
        orderBy: { id: "desc" },
      });
      return newest.attempts > 0;
    });
    await h.restartServers();
    await h.outboxEmptied();
    expect(h.smtp.received.filter((m) => m.text?.includes(`Номер операции: ${late}.`))).toHaveLength(1);
    expect(notices()).toHaveLength(1);
    expect(h.smtp.received).toHaveLength(2);
    expect(h.sms.received.map((m) => m.text)).toEqual([
      expect.stringMatching(`^Счёт ${invoiceNumber}: внесено 2,00 сом`),
    ]);
  });
});
