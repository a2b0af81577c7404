import type { SmsSender } from "@/lib/sms/sms-channel";
import type { Env } from "@/server/env";
import { createSmsproSender } from "./smspro";

// SMS_PROVIDER selects the adapter; unset = SMS is off (null), like SMTP_URL for email.
export function createSmsSender(env: Env): SmsSender | null {
  if (!env.SMS_PROVIDER || !env.SMS_LOGIN || !env.SMS_PASSWORD || !env.SMS_SENDER) return null;
  switch (env.SMS_PROVIDER) {
    case "smspro":
      return createSmsproSender({
        apiUrl: env.SMS_API_URL,
        account: { login: env.SMS_LOGIN, password: env.SMS_PASSWORD },
        sender: env.SMS_SENDER,
        test: env.SMS_TEST,
      });
  }
}
