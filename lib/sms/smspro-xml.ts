import { XMLBuilder, XMLParser } from "fast-xml-parser";

// Nikita's smspro XML API (smspro.nikita.kg), as far as its clients' published code shows it; what
// must still be checked with the provider is listed in docs/operations.md ("SMS"). Pure: the
// requests we send and the answers we read, so that both can be tested without a network.

export interface SmsproAccount {
  login: string;
  password: string;
}

export interface SmsproMessage {
  // Latin letters and digits, at most 12; the provider blocks a second message under an id it
  // has already taken (status 10), which makes a resend after a lost answer harmless.
  id: string;
  sender: string;
  text: string;
  // 996XXXXXXXXX, without the plus.
  phones: string[];
  // The provider checks the message and answers 11, without sending or charging it.
  test: boolean;
}

const builder = new XMLBuilder({ format: false, processEntities: true });
// Values stay text: an id such as "0012" or a number must not turn into 12.
const parser = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (name) => name === "phone",
});
const declaration = '<?xml version="1.0" encoding="UTF-8"?>';

export function smsproMessageXml(account: SmsproAccount, message: SmsproMessage): string {
  return (
    declaration +
    builder.build({
      message: {
        login: account.login,
        pwd: account.password,
        id: message.id,
        sender: message.sender,
        text: message.text,
        phones: { phone: message.phones },
        ...(message.test ? { test: 1 } : {}),
      },
    })
  );
}

export function smsproReportXml(account: SmsproAccount, id: string, phone?: string): string {
  return (
    declaration +
    builder.build({ dr: { login: account.login, pwd: account.password, id, ...(phone ? { phone } : {}) } })
  );
}

export class SmsproAnswerError extends Error {
  override name = "SmsproAnswerError";
}

function statusOf(node: unknown, what: string): number {
  const status = (node as { status?: unknown } | undefined)?.status;
  if (typeof status !== "string" || !/^\d+$/.test(status.trim()))
    throw new SmsproAnswerError(`the provider's answer to ${what} has no status`);
  return Number(status.trim());
}

function rootOf(xml: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch {
    throw new SmsproAnswerError(`the provider's answer to ${what} is not XML`);
  }
  const root = (parsed as { response?: unknown }).response;
  if (!root || typeof root !== "object")
    throw new SmsproAnswerError(`the provider's answer to ${what} has no <response>`);
  return root as Record<string, unknown>;
}

// What a sending status means for us.
// - sent: accepted (0), accepted in test mode (11), or an id already taken (10): the provider has
//   the message from an earlier try whose answer we lost.
// - refused: this message to this number will never go (6 stop words, 7 not a valid number,
//   9 the spam filter); retrying it changes nothing.
// - retry: the account or our settings (1 format, 2 login, 3 address, 4 funds, 5 sender name,
//   8 time) or a status we do not know: fixable by people, so the outbox tries again.
export type SmsproOutcome = "sent" | "refused" | "retry";

export const smsproStatusText: Record<number, string> = {
  0: "accepted",
  1: "bad request format",
  2: "wrong login or password",
  3: "our address is not allowed",
  4: "not enough money on the account",
  5: "sender name not approved",
  6: "blocked by stop words",
  7: "not a valid number",
  8: "bad sending time",
  9: "blocked by the spam filter",
  10: "this id was already taken",
  11: "accepted in test mode",
};

export function smsproOutcome(status: number): SmsproOutcome {
  if (status === 0 || status === 10 || status === 11) return "sent";
  if (status === 6 || status === 7 || status === 9) return "refused";
  return "retry";
}

export function readSmsproSendAnswer(xml: string): { id: string; status: number; parts: number } {
  const root = rootOf(xml, "a message");
  const status = statusOf(root, "a message");
  const parts = Number(typeof root.smscnt === "string" ? root.smscnt : 0) || 0;
  return { id: typeof root.id === "string" ? root.id : "", status, parts };
}

// The delivery report's states of one phone.
export const smsproReportText: Record<number, string> = {
  0: "queued",
  1: "handed to the operator",
  2: "rejected",
  3: "delivered",
  4: "not delivered",
  5: "not sent: not enough money on the account",
  6: "unknown state",
};

export interface SmsproReport {
  // 0 the request was read; 4 no report for this id and phone (yet); 1–3 as for sending.
  status: number;
  phones: { number: string; report: number; sentAt: string; receivedAt: string }[];
}

export function readSmsproReport(xml: string): SmsproReport {
  const root = rootOf(xml, "a delivery report");
  const status = statusOf(root, "a delivery report");
  const phones = ((root.phone as unknown[] | undefined) ?? []).map((node) => {
    const phone = (node ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof phone[key] === "string" ? (phone[key] as string) : "");
    return {
      number: text("number"),
      report: Number(text("report") || 6),
      sentAt: text("sendTime"),
      receivedAt: text("rcvTime"),
    };
  });
  return { status, phones };
}
