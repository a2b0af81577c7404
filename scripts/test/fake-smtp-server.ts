// A real SMTP server for tests (smtp-server), started on a given port, that keeps every mail it
// accepts, parsed (mailparser): the mail server the apps send through (SMTP_URL), as
// fake-sms-gateway.ts is the SMS provider. A mail is kept before the sender hears "accepted", so
// once the outbox marks a message sent it is already in `received`.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface FakeSmtpServer {
  received: ParsedMail[];
  close(): Promise<void>;
}

export async function startFakeSmtpServer(port: number): Promise<FakeSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// The first address a mail was sent to.
export const recipientOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
