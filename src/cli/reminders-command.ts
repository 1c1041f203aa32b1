import { readConfig } from '../platform/config.ts';
import { createMailer } from '../platform/mail.ts';
import { recordReminders } from '../reminders/record.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/** `reminders`: the daily job's work, once, as of a day; prints counts only (no personal data). */
export function remindersCommand(asOf: string, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, logDir: config.logDir, from: config.mailFrom });
  return withDatabase(env, async (database) => {
    const run = await recordReminders(database.db, asOf, { mailer, publicUrl: config.publicUrl });
    io.out(
      `reminders as of ${asOf}: ${run.recorded} new for ${run.users} users; digest mailed to ${run.mailed}` +
        (run.failed > 0 ? `, ${run.failed} failed` : ''),
    );
    return run.failed > 0 ? 1 : 0;
  });
}
