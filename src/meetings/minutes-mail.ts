import { localParts } from '../platform/local-time.ts';
import type { Mailer, MailMessage } from '../platform/mail.ts';
import { kindWords } from './agenda.ts';
import type { MinutesMail } from './kinds.ts';
import type { MeetingView } from './schemas.ts';

/** The approved minutes as an e-mail to the meeting's external participants, before it is sent. */
export interface MinutesMessage {
  recipients: string[];
  subject: string;
  text: string;
}

const words = {
  da: {
    subject: 'Referat',
    when: 'Tidspunkt',
    place: 'Sted',
    present: 'Til stede',
    absent: 'Afbud',
    youngPerson: 'Den unge',
    minutes: 'Referat',
    decisions: 'Beslutninger',
    tasks: 'Opgaver',
    deadline: 'frist',
    approved: 'Godkendt',
    none: '(ingen)',
  },
  en: {
    subject: 'Minutes',
    when: 'Time',
    place: 'Place',
    present: 'Present',
    absent: 'Absent',
    youngPerson: 'The young person',
    minutes: 'Minutes',
    decisions: 'Decisions',
    tasks: 'Tasks',
    deadline: 'deadline',
    approved: 'Approved',
    none: '(none)',
  },
} as const;

/**
 * The approved minutes for the external participants who have an e-mail address (users read them
 * in the app). It holds what the minutes hold and no more: the subject names the kind of meeting
 * and the day, never the young person, and the young person appears as "the young person".
 */
export function minutesMessage(meeting: MeetingView, locale: 'da' | 'en'): MinutesMessage {
  const w = words[locale];
  const start = localParts(new Date(meeting.startsAt));
  const end = localParts(new Date(meeting.endsAt));
  const recipients = [
    ...new Set(
      meeting.invitees.filter((i) => i.kind === 'external' && i.email).map((i) => i.email as string),
    ),
  ];
  const nameOf = (i: MeetingView['invitees'][number]) =>
    i.kind === 'youngPerson' ? w.youngPerson : i.role ? `${i.name} (${i.role})` : i.name;
  const list = (items: string[]) => (items.length === 0 ? [w.none] : items.map((x) => `- ${x}`));
  const lines = [
    `${kindWords[meeting.kind][locale]}${meeting.title ? `: ${meeting.title}` : ''}`,
    `${w.when}: ${start.date} ${start.time}-${end.time}`,
    ...(meeting.place ? [`${w.place}: ${meeting.place}`] : []),
    '',
    `${w.present}:`,
    ...list(meeting.invitees.filter((i) => i.present === true).map(nameOf)),
    `${w.absent}:`,
    ...list(meeting.invitees.filter((i) => i.present === false).map(nameOf)),
    '',
    `${w.minutes}:`,
    meeting.minutes || w.none,
    '',
    `${w.decisions}:`,
    ...list(meeting.decisions),
    '',
    `${w.tasks}:`,
    ...list(
      meeting.tasks.map(
        (t) =>
          `${t.title}${t.owner ? ` (${t.owner.name})` : ''}${t.deadline ? `, ${w.deadline} ${t.deadline}` : ''}`,
      ),
    ),
    '',
    `${w.approved}: ${meeting.minutesApprovedAt ? localParts(new Date(meeting.minutesApprovedAt)).date : ''}${
      meeting.minutesApprovedBy ? ` (${meeting.minutesApprovedBy.displayName})` : ''
    }`,
  ];
  return {
    recipients,
    subject: `${w.subject}: ${kindWords[meeting.kind][locale]} ${start.date}`,
    text: `${lines.join('\n')}\n`,
  };
}

/**
 * Sends the minutes and says how it went. Never throws: a mail server that is down leaves the
 * approval standing, and the failure is recorded and shown so someone can send again.
 */
export async function deliverMinutes(
  mailer: Mailer,
  message: MinutesMessage,
  onError: (code: string) => void,
): Promise<MinutesMail> {
  const at = new Date().toISOString();
  const { recipients } = message;
  if (recipients.length === 0) return { at, status: 'noRecipients', recipients };
  const mail: MailMessage = { to: recipients, subject: message.subject, text: message.text };
  try {
    const delivery = await mailer.send(mail);
    return { at, status: delivery.via === 'smtp' ? 'sent' : 'written', recipients };
  } catch (error) {
    // Only a code reaches the log: the message and the addresses are personal data.
    onError((error as { code?: string }).code ?? 'unknown');
    return { at, status: 'failed', recipients };
  }
}
