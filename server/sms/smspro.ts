import {
  readSmsproReport,
  readSmsproSendAnswer,
  smsproMessageXml,
  smsproOutcome,
  smsproReportXml,
  smsproStatusText,
  type SmsproAccount,
  type SmsproReport,
} from "@/lib/sms/smspro-xml";
import { SmsRefusedError, type SmsSender } from "@/lib/sms/sms-channel";

export interface SmsproOptions {
  // https://smspro.nikita.kg/api; /message sends, /dr reports delivery.
  apiUrl: string;
  account: SmsproAccount;
  sender: string;
  test: boolean;
  // A request that takes longer is a failure, tried again later by the outbox.
  timeoutMs?: number;
}

async function post(url: string, xml: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "text/xml; charset=utf-8" },
    body: xml,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the SMS gateway answered HTTP ${response.status}`);
  return text;
}

// The adapter for Nikita's smspro XML API (lib/sms/smspro-xml.ts speaks the protocol).
export function createSmsproSender(options: SmsproOptions): SmsSender & {
  report(id: string, phone?: string): Promise<SmsproReport>;
} {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    async send(sms) {
      const xml = smsproMessageXml(options.account, {
        id: sms.id,
        sender: options.sender,
        text: sms.text,
        // The provider writes numbers as 996XXXXXXXXX.
        phones: [sms.to.replace(/^\+/, "")],
        test: options.test,
      });
      const { status } = readSmsproSendAnswer(await post(`${options.apiUrl}/message`, xml, timeoutMs));
      const outcome = smsproOutcome(status);
      if (outcome === "sent") return;
      const reason = `SMS ${status}: ${smsproStatusText[status] ?? "unknown status"}`;
      throw outcome === "refused" ? new SmsRefusedError(reason) : new Error(reason);
    },
    async report(id, phone) {
      return readSmsproReport(
        await post(`${options.apiUrl}/dr`, smsproReportXml(options.account, id, phone), timeoutMs),
      );
    },
  };
}
