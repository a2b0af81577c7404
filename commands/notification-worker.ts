// The email outbox's worker, in the app process (npm start): every NOTIFICATION_POLL_MS it sends
// what is due (domain/notifications/send-due-notifications.ts) through SMTP_URL, with the words
// of components/mail/. Never in a request's path: a MegaPay pay only writes the outbox row.
import { createMailRenderer } from "@/components/mail/notification-mail";
import { sendDueNotifications } from "@/domain/notifications/send-due-notifications";
import { getDatabase } from "@/server/db";
import type { Env } from "@/server/env";
import { getLogger } from "@/server/log";
import { createSmtpMailer } from "@/server/mail";

export async function startNotificationWorker(env: Env): Promise<{ stop: () => Promise<void> }> {
  const logger = getLogger();
  const mailer = env.SMTP_URL ? createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) : null;
  if (!mailer) logger.info("email notifications are off (SMTP_URL is unset): the outbox is marked skipped");
  const render = await createMailRenderer(env.SITE_URL);
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    round = sendDueNotifications({
      db: getDatabase(),
      send: mailer?.send ?? null,
      render,
      retryBaseMs: env.NOTIFICATION_RETRY_BASE_MS,
    })
      .then((result) => {
        if (result.retried > 0) logger.warn(result, "notifications: some could not be sent, retrying later");
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
