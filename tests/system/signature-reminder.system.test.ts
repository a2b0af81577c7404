import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { checkDocuments } from "@/domain/applications/check-documents";
import { issueSignature } from "@/domain/applications/issue-signature";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { registerClient } from "@/domain/registration/register-client";
import { scheduleSignatureReminders } from "@/domain/signatures/schedule-signature-reminders";
import { reminderEvents } from "@/domain/signatures/signature-reminders";
import { bishkekDayOf, bishkekDayStart, dayMs, formatBishkekDate, hourMs } from "@/lib/dates";
import { recipientOf } from "@/scripts/test/fake-smtp-server";
import { aRegistration } from "@/scripts/test/registration-fixture";
import { testProviders } from "@/scripts/test/test-database";
import { waitUntil } from "@/scripts/test/wait-until";
import { nextTxnId } from "./megapay-client";
import { useNotificationApps } from "./notification-harness";

// A signature's reminder, sent by e-mail and SMS through the outbox by two app instances, with
// the renewal page's link, once; or, at night, put off to the morning.
describe.each(testProviders)("a signature's reminder on %s", (provider) => {
  const h = useNotificationApps(provider);

  it("sends a signature's reminder once by email and SMS, with the renewal page's link", async () => {
    const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
    const inn = provider === "sqlite" ? "06060606060611" : "06060606060612";
    const { invoiceNumber } = await registerClient({
      db: h.t.db,
      submissionKey: `reminder-${provider}`,
      locale: "ky",
      registration: aRegistration({ inn, email: "reminded@example.kg" }),
    });
    const invoice = await h.t.db.invoice.findUniqueOrThrow({ where: { number: invoiceNumber } });
    await recordEdsPayment({
      db: h.t.db,
      request: {
        txnId: nextTxnId(),
        account: invoiceNumber,
        sumTyiyn: invoice.amountTyiyn,
        txnDate: new Date(),
      },
    });
    const applicationId = invoice.applicationId!;
    await checkDocuments({ db: h.t.db, actor: admin, applicationId });
    // Handed out a calendar year before five days from now (a signature is valid one calendar
    // year): it expires in five days, leap years included.
    const issuedAt = new Date(Date.now() + 5 * dayMs);
    issuedAt.setUTCFullYear(issuedAt.getUTCFullYear() - 1);
    const signature = await issueSignature({
      db: h.t.db,
      actor: admin,
      applicationId,
      serial: `REM-${provider}`,
      now: issuedAt,
    }).then(() => h.t.db.signatureIssue.findUniqueOrThrow({ where: { applicationId } }));
    // The 7-day reminder written as of 19:00 yesterday in Bishkek (the daytime, 5–7 days before it
    // expires), so that it is due at once and the apps' workers decide, on the real clock, what to
    // do with it (their own scheduler would write the same row and nothing more).
    const yesterday = bishkekDayStart(bishkekDayOf(new Date(Date.now() - dayMs)))!;
    await scheduleSignatureReminders({ db: h.t.db, now: new Date(yesterday.getTime() + 19 * hourMs) });
    const { renewalToken } = await h.t.db.signatureIssue.findUniqueOrThrow({ where: { id: signature.id } });
    const link = `${h.apps[0]!.siteUrl}/ky/r/${renewalToken}`;
    const date = formatBishkekDate(signature.validTo);
    const reminders = () =>
      h.smtp.received.filter(
        (m) => recipientOf(m) === "reminded@example.kg" && m.subject?.includes("узартыңыз"),
      );
    // A reminder goes out only in the daytime in Bishkek (09:00–20:00, lib/reminder-stage.ts): at
    // night the apps put the row off to 09:00 and send nothing (send-due-notifications.data.test.ts
    // moves the clock through both). Which of the two this run sees depends on the hour it runs
    // at; either is checked here, once the row says which: sent (every message tried; the checks
    // below show each arrived once) or put off (a retry after a failed send would also wait, but
    // it counts an attempt; putting off does not).
    const row = await waitUntil("the reminder sent or put off", async () => {
      const reminder = await h.t.db.notification.findFirstOrThrow({
        where: { subjectId: signature.id, event: { in: reminderEvents } },
      });
      const putOff =
        reminder.state === "pending" &&
        reminder.attempts === 0 &&
        reminder.nextAttemptAt.getTime() > Date.now();
      return (reminder.state === "sent" || putOff) && reminder;
    });
    const text = `ЭЦП ${date} чейин. Узартуу: ${link}`;
    if (row.state === "pending") {
      // 09:00 in Bishkek is 03:00 UTC.
      const { nextAttemptAt } = row;
      expect([
        nextAttemptAt.getUTCHours(),
        nextAttemptAt.getUTCMinutes(),
        nextAttemptAt.getUTCSeconds(),
      ]).toEqual([3, 0, 0]);
      expect([row.clientSentAt, row.clientSmsSentAt]).toEqual([null, null]);
      expect(reminders()).toHaveLength(0);
      expect(h.sms.received.filter((m) => m.text.includes(link))).toHaveLength(0);
      return;
    }
    // Sent: one row, each message once.
    expect(reminders()).toHaveLength(1);
    const mail = reminders()[0]!;
    expect(mail.subject).toBe(`ЭЦПнын мөөнөтү ${date} бүтөт: узартыңыз`);
    expect(mail.text).toContain(link);
    expect(h.sms.received.filter((m) => m.text === text)).toHaveLength(1);
    expect(text.length).toBeLessThanOrEqual(70);
  });
});
