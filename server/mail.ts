import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  // Stable per outbox row and recipient, so that a message sent twice (a crash between the SMTP
  // server's acceptance and our mark) carries the same Message-ID and can be recognised.
  messageId: string;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

// A mailer on nodemailer's SMTP transport (SMTP_URL). Plain text in UTF-8: every client reads
// it, and Cyrillic is encoded by nodemailer.
export function createSmtpMailer(url: string, from: string): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send({ to, subject, text, messageId }) {
      await transport.sendMail({ from, to, subject, text, messageId });
    },
    close: () => transport.close(),
  };
}
