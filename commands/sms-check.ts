// npm run sms:check -- --to 996XXXXXXXXX [--live]
// Tries the SMS account in SMS_* before going live (docs/operations.md, "SMS"): sends one short
// text with the provider's test flag (checked and answered, never delivered or charged) or, with
// --live, for real, prints the provider's answer, and then asks for its delivery report.
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { normalizeKyrgyzMobile } from "@/lib/phone";
import { smsproReportText } from "@/lib/sms/smspro-xml";
import { createSmsproSender } from "@/server/sms/smspro";
import { readEnvOrExit } from "./env";
import { fail } from "./staff-command";

const usage = "usage: npm run sms:check -- --to 996XXXXXXXXX [--live]";
let values: { to?: string; live?: boolean };
try {
  values = parseArgs({ options: { to: { type: "string" }, live: { type: "boolean" } }, strict: true }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${usage}`);
}
const to = normalizeKyrgyzMobile(values.to ?? "");
if (!to) fail(`--to must be a Kyrgyz mobile number\n${usage}`);

const env = readEnvOrExit();
if (env.SMS_PROVIDER !== "smspro" || !env.SMS_LOGIN || !env.SMS_PASSWORD || !env.SMS_SENDER)
  fail("SMS_PROVIDER=smspro, SMS_LOGIN, SMS_PASSWORD and SMS_SENDER must be set");
const sender = createSmsproSender({
  apiUrl: env.SMS_API_URL,
  account: { login: env.SMS_LOGIN, password: env.SMS_PASSWORD },
  sender: env.SMS_SENDER,
  test: !values.live,
});
// A fresh id, unlike the outbox's (which are stable per message): every check is a new message.
const id = `chk${randomBytes(6).toString("hex").slice(0, 9)}`;
try {
  await sender.send({ id, to, text: "dostek.kg: SMS check" });
} catch (error) {
  fail(`the provider did not take the message: ${error instanceof Error ? error.message : error}`);
}
console.log(`${values.live ? "sent" : "accepted in test mode (not delivered)"}: id ${id}, to ${to}`);
if (!values.live) process.exit(0);
for (let attempt = 0; attempt < 6; attempt++) {
  await sleep(5_000);
  const report = await sender.report(id);
  const phone = report.phones[0];
  if (report.status !== 0 || !phone) {
    console.log(`delivery report: not yet (status ${report.status})`);
    continue;
  }
  console.log(`delivery report: ${smsproReportText[phone.report] ?? phone.report}`);
  if (phone.report >= 2) process.exit(phone.report === 3 ? 0 : 1);
}
fail("no final delivery report within 30 seconds; ask again later with the id above");
