import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  /** Attachments such as the meeting's minutes as a file. */
  attachments?: Array<{ filename: string; content: Buffer | string; contentType?: string }>;
}

/** Where a message went: handed to the SMTP server, or written to the log directory. */
export type MailDelivery = { via: 'smtp'; messageId: string } | { via: 'file'; path: string };

export interface Mailer {
  /** 'file' when no SMTP server is configured: the UI tells the user the mail was not sent. */
  readonly mode: 'smtp' | 'file';
  send(message: MailMessage): Promise<MailDelivery>;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port (smtps:// for TLS); unset: mail is written to `logDir/mail`. */
  smtpUrl: string | undefined;
  logDir: string;
  from: string;
}

/**
 * The one way the product sends e-mail (approved minutes, the reminder digest). Without an SMTP
 * server a message is written as an .eml file instead, so nothing is lost and an operator can
 * forward it; the message's content never goes into the application log.
 */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      mode: 'smtp',
      async send(message) {
        const info = await transport.sendMail({ from: options.from, ...message });
        return { via: 'smtp', messageId: info.messageId };
      },
    };
  }
  const directory = path.join(options.logDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    mode: 'file',
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      await mkdir(directory, { recursive: true });
      const file = path.join(
        directory,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`,
      );
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      return { via: 'file', path: file };
    },
  };
}
