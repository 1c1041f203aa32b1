import type { MailMessage } from '../platform/mail.ts';

/**
 * The daily e-mail digest: how many new reminders and where to see them. Never a young person's
 * name or anything about them: mail leaves the product's access control.
 */
export function digestMessage(
  to: string,
  counts: { fresh: number; overdue: number },
  publicUrl: string,
): MailMessage {
  const base = publicUrl.replace(/\/$/, '');
  const lines = [
    `Du har ${counts.fresh} ${counts.fresh === 1 ? 'ny påmindelse' : 'nye påmindelser'} i ViVirk` +
      (counts.overdue > 0 ? `, heraf ${counts.overdue} overskredet.` : '.'),
    '',
    `Se dem her: ${base}/paamindelser`,
    `Din arbejdsliste: ${base}/arbejdsliste`,
    '',
    'Du får denne mail, fordi du har bedt om en daglig oversigt. Du kan slå den fra på siden Påmindelser.',
  ];
  return {
    to: [to],
    subject: `ViVirk: ${counts.fresh} ${counts.fresh === 1 ? 'ny påmindelse' : 'nye påmindelser'}`,
    text: `${lines.join('\n')}\n`,
  };
}
