// The outbox's worker, in the app process (npm start): once a minute it writes the signature
// reminders that are due (domain/signatures/schedule-signature-reminders.ts); every
// NOTIFICATION_POLL_MS it sends what is due (domain/notifications/send-due-notifications.ts) by
// email through SMTP_URL and by SMS through SMS_PROVIDER, with the words of components/mail/.
// Never in a request's path: a MegaPay pay only writes the outbox row.
import { createMailRenderer } from "@/components/mail/notification-mail";
import { createSmsRenderer } from "@/components/mail/notification-sms";
import { noMailContacts } from "@/domain/notifications/mail-contacts";
import { sendDueNotifications } from "@/domain/notifications/send-due-notifications";
import { scheduleSignatureReminders } from "@/domain/signatures/schedule-signature-reminders";
import { getDatabase } from "@/server/db";
import type { Env } from "@/server/env";
import { getLogger } from "@/server/log";
import { createSmtpMailer } from "@/server/mail";
import { createSmsSender } from "@/server/sms/create-sms-sender";

const reminderScanMs = 60_000;

export async function startNotificationWorker(env: Env): Promise<{ stop: () => Promise<void> }> {
  const logger = getLogger();
  const mailer = env.SMTP_URL ? createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) : null;
  const sms = createSmsSender(env);
  if (!mailer) logger.info("email notifications are off (SMTP_URL is unset)");
  if (!sms) logger.info("SMS notifications are off (SMS_PROVIDER is unset)");
  else if (env.SMS_TEST) logger.warn("SMS_TEST=1: SMS are checked by the provider but never delivered");
  if (!mailer && !sms) logger.info("notifications are off: the outbox is marked skipped");
  const render = {
    email: await createMailRenderer(env.SITE_URL),
    sms: await createSmsRenderer(env.SITE_URL),
  };
  // The reminder's SMS carries SITE_URL: a long one would split it in two on some operators.
  for (const locale of ["ky", "ru"] as const) {
    const sample = render.sms({
      recipient: "client",
      channel: "sms",
      to: "",
      locale,
      content: {
        kind: "signatureReminder",
        daysLeft: 30,
        validTo: new Date(),
        serial: "",
        organizationName: "",
        renewalToken: "x".repeat(12),
      },
      contacts: noMailContacts,
    });
    if (sms && sample.length > 70)
      logger.warn(
        { locale, length: sample.length },
        "the reminder SMS is longer than one SMS: SITE_URL is long",
      );
  }
  const channels = { email: mailer?.send ?? null, sms: sms ? sms.send.bind(sms) : null };
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let stopped = false;
  // Signatures' reminders are looked for once a minute (a reminder is due by the day, not the
  // second); every instance looks, and the outbox's unique rows keep each reminder to one.
  let remindersAt = 0;
  const scheduleReminders = async () => {
    if (Date.now() - remindersAt < reminderScanMs) return;
    remindersAt = Date.now();
    const { scheduled } = await scheduleSignatureReminders({ db: getDatabase() });
    if (scheduled > 0) logger.info({ scheduled }, "notifications: signature reminders due");
  };
  const tick = () => {
    round = scheduleReminders()
      .then(() =>
        sendDueNotifications({
          db: getDatabase(),
          channels,
          render,
          retryBaseMs: env.NOTIFICATION_RETRY_BASE_MS,
        }),
      )
      .then((result) => {
        if (result.retried > 0) logger.warn(result, "notifications: some could not be sent, retrying later");
        if (result.refused > 0) logger.warn(result, "notifications: the SMS provider refused some for good");
      })
      .catch((error: unknown) => logger.error({ err: error }, "notifications: the worker's round failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, env.NOTIFICATION_POLL_MS);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      mailer?.close();
    },
  };
}
