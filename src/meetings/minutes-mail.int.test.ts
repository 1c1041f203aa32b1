import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { startTestSmtp, type TestSmtp } from '../../tests/support/smtp.ts';
import { createMailer, type Mailer } from '../platform/mail.ts';

/**
 * The approved minutes reach the external participants: over a real SMTP server, as an .eml in
 * the log directory when none is configured, and a failed sending leaves the approval standing
 * and can be sent again.
 */
let server: TestServer;
let smtp: TestSmtp;
let logDir: string;
let base: string;
// The mailer the app was built with, switched between the three situations by the tests.
let current: Mailer;
const switchable: Mailer = {
  get mode() {
    return current.mode;
  },
  send: (message) => current.send(message),
};
let smtpMailer: Mailer;
let fileMailer: Mailer;
const brokenMailer: Mailer = {
  mode: 'smtp',
  send: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })),
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  logDir = await mkdtemp(path.join(tmpdir(), 'vivirk-mail-'));
  smtpMailer = createMailer({ smtpUrl: smtp.url, logDir, from: 'ViVirk <noreply@vivirk.test>' });
  fileMailer = createMailer({ smtpUrl: undefined, logDir, from: 'ViVirk <noreply@vivirk.test>' });
  current = smtpMailer;
  server = await startTestServer({ mailer: switchable });
  base = `/api/courses/${server.world.courseA.courseId}/meetings`;
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
  if (logDir) await rm(logDir, { recursive: true, force: true });
});

const { as, call } = sessionCache(() => server.baseUrl);
const changeAt = async (method: string, url: string, body: unknown, version: number) =>
  (await as('coordinator')).request(method, url, body, { 'if-match': `"${version}"` });

/** A held meeting with minutes, a decision and a task, ready for approval (version 3). */
async function heldMeeting() {
  const created = await call('coordinator', 'POST', base, {
    kind: 'status',
    date: '2026-03-10',
    startTime: '09:00',
    endTime: '10:00',
    place: 'Værkstedet',
    invitees: [
      { kind: 'youngPerson' },
      { kind: 'external', name: 'Pia Psykolog', role: 'Psykolog', email: 'pia@example.org' },
      { kind: 'external', name: 'Ole Onkel' },
      { kind: 'external', name: 'Bo Bostøtte', email: 'bo@example.org' },
    ],
  });
  expect(created.status).toBe(201);
  const meeting = created.body.meeting;
  const url = `${base}/${meeting.id}`;
  const present = meeting.invitees
    .filter((i: { name: string }) => i.name !== 'Ole Onkel')
    .map((i: { id: string }) => i.id);
  expect((await changeAt('POST', `${url}/held`, { present }, 1)).status).toBe(200);
  const minutes = await changeAt(
    'PATCH',
    url,
    {
      minutes: 'Praktikken går godt. Næste skridt er flere timer.',
      decisions: ['Fire dage om ugen fra marts'],
    },
    2,
  );
  expect(minutes.status).toBe(200);
  const task = await call('coordinator', 'POST', `${url}/tasks`, {
    title: 'Aftale timer med praktikstedet',
    ownerName: 'Pia Psykolog',
    deadline: '2026-03-20',
  });
  expect(task.status).toBe(201);
  return url;
}

describe('minutes by e-mail', () => {
  it('sends the approved minutes over SMTP to the external participants who have an e-mail', async () => {
    current = smtpMailer;
    const url = await heldMeeting();
    const res = await changeAt('POST', `${url}/approve`, undefined, 3);
    expect(res.status).toBe(200);
    expect(res.body.mail).toMatchObject({
      status: 'sent',
      recipients: ['bo@example.org', 'pia@example.org'],
    });
    expect(res.body.meeting.minutesMail).toMatchObject({ status: 'sent' });
    await smtp.waitFor(1);
    const [arrived] = smtp.received;
    expect(arrived?.to.sort()).toEqual(['bo@example.org', 'pia@example.org']);
    const mail = arrived?.mail;
    // The subject names the kind and the day, never the young person (Sara Holm).
    expect(mail?.subject).toBe('Referat: Statusmøde 2026-03-10');
    expect(mail?.text).toContain('Praktikken går godt. Næste skridt er flere timer.');
    expect(mail?.text).toContain('- Fire dage om ugen fra marts');
    expect(mail?.text).toContain('- Aftale timer med praktikstedet (Pia Psykolog), frist 2026-03-20');
    expect(mail?.text).toContain('Afbud:\n- Ole Onkel');
    expect(mail?.text).toContain('- Den unge');
    expect(mail?.text).not.toMatch(/Sara|Holm/);
    // Recorded: on the meeting and in the audit log.
    const read = await call('coordinator', 'GET', url);
    expect(read.body.meeting.minutesMail.recipients).toHaveLength(2);
    const rows = await server.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', read.body.meeting.id)
      .where('action', '=', 'meetings.minutesSent')
      .execute();
    expect(rows.map((r) => r.detail)).toEqual([{ status: 'sent', recipients: 2 }]);
  });

  it('writes the mail to the log directory when no SMTP server is configured, and says so', async () => {
    current = fileMailer;
    const url = await heldMeeting();
    const res = await changeAt('POST', `${url}/approve`, undefined, 3);
    expect(res.status).toBe(200);
    expect(res.body.mail.status).toBe('written');
    const files = await readdir(path.join(logDir, 'mail'));
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const eml = await simpleParser(await readFile(path.join(logDir, 'mail', files[0] as string)));
    expect(eml.subject).toBe('Referat: Statusmøde 2026-03-10');
    expect(eml.text).toContain('Praktikken går godt.');
  });

  it('keeps the approval when sending fails, shows the failure, and sends again', async () => {
    current = brokenMailer;
    const url = await heldMeeting();
    const res = await changeAt('POST', `${url}/approve`, undefined, 3);
    expect(res.status).toBe(200);
    expect(res.body.meeting.minutesApproved).toBe(true);
    expect(res.body.mail.status).toBe('failed');
    const read = await call('coordinator', 'GET', url);
    expect(read.body.meeting).toMatchObject({ minutesApproved: true, minutesMail: { status: 'failed' } });
    current = smtpMailer;
    const before = smtp.received.length;
    const again = await call('coordinator', 'POST', `${url}/send-minutes`);
    expect(again.status).toBe(200);
    expect(again.body.mail.status).toBe('sent');
    expect(again.body.meeting.minutesMail.status).toBe('sent');
    await smtp.waitFor(before + 1);
    // A meeting whose minutes are not approved cannot be sent.
    const draft = await call('coordinator', 'POST', base, {
      kind: 'followUp',
      date: '2026-03-11',
      startTime: '09:00',
      endTime: '10:00',
    });
    expect((await call('coordinator', 'POST', `${base}/${draft.body.meeting.id}/send-minutes`)).status).toBe(
      409,
    );
  });
});
