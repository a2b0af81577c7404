import { afterAll, beforeAll, inject } from "vitest";
import { freePort, startApp, type AppServer } from "@/scripts/test/app-server";
import { startFakeSmsGateway, type FakeSmsGateway } from "@/scripts/test/fake-sms-gateway";
import { startFakeSmtpServer, type FakeSmtpServer } from "@/scripts/test/fake-smtp-server";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";
import { waitUntil } from "@/scripts/test/wait-until";
import type { DatabaseProvider } from "@/server/db/provider";
import { megapayEnv } from "./megapay-client";

const smsAccount = { login: "dostek", password: "sms-secret" };

// For the notification system tests: a fresh database of `provider` (the Osh office's email set),
// two production app instances whose outbox workers send through a fake mail server and a fake
// SMS gateway, started before the file's tests and stopped after. Call it inside a describe.
// Its fields are filled once the tests run; `smtp` and `sms` can be closed and started again.
export function useNotificationApps(provider: DatabaseProvider) {
  const h = {} as {
    t: TestDatabase;
    apps: AppServer[];
    smtp: FakeSmtpServer;
    sms: FakeSmsGateway;
    // The servers again, on the ports the apps send to (after a test closed them).
    restartServers(): Promise<void>;
    // Once no row is left to send, the fake servers hold everything they will ever get (each keeps
    // a message before it answers). That two instances at once send each message once is proven
    // in send-due-notifications.data.test.ts.
    outboxEmptied(): Promise<unknown>;
  };
  let smtpPort: number;
  let smsPort: number;
  beforeAll(async () => {
    // Each port taken once the one before it is listened on, so the two differ.
    smtpPort = await freePort();
    h.smtp = await startFakeSmtpServer(smtpPort);
    smsPort = await freePort();
    h.sms = await startFakeSmsGateway(smsAccount, smsPort);
    h.t = await createTestDatabase(provider, inject("postgresAdminUrl"));
    const env = {
      DATABASE_URL: h.t.url,
      ...megapayEnv,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMS_PROVIDER: "smspro",
      SMS_LOGIN: smsAccount.login,
      SMS_PASSWORD: smsAccount.password,
      SMS_SENDER: "DOSTEK",
      SMS_API_URL: h.sms.url,
      NOTIFICATION_POLL_MS: "100",
      NOTIFICATION_RETRY_BASE_MS: "300",
    };
    h.apps = await Promise.all([startApp(env), startApp(env)]);
    await h.t.db.officeSettings.upsert({
      where: { office: "osh" },
      create: { office: "osh", email: "osh@dostek.kg" },
      update: { email: "osh@dostek.kg" },
    });
  });
  h.restartServers = async () => {
    h.smtp = await startFakeSmtpServer(smtpPort);
    h.sms = await startFakeSmsGateway(smsAccount, smsPort);
  };
  h.outboxEmptied = () =>
    waitUntil(
      "the outbox to empty",
      async () => (await h.t.db.notification.count({ where: { state: "pending" } })) === 0,
    );
  afterAll(async () => {
    await Promise.all((h.apps ?? []).map((app) => app.stop()));
    await h.smtp?.close();
    await h.sms?.close();
    await h.t?.drop();
  });
  return h;
}
