// One SMS to one phone. `id` is stable per outbox row (only the client gets SMS), so that a message
// sent again after a lost answer is recognised by the provider instead of arriving twice.
export interface OutgoingSms {
  id: string;
  // +996XXXXXXXXX, a Kyrgyz mobile (lib/phone.ts); each adapter writes it as its provider expects.
  to: string;
  text: string;
}

// The small interface every provider's adapter offers. `send` resolves once the provider has
// taken the message, throws SmsRefusedError when it never will take this one, and throws anything
// else for a failure worth trying again (the gateway is down, the account is out of money).
export interface SmsSender {
  send(sms: OutgoingSms): Promise<void>;
}

export class SmsRefusedError extends Error {
  override name = "SmsRefusedError";
}
