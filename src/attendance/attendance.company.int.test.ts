import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/attendance`;
});
afterAll(() => server?.close());
const { as, call } = sessionCache(() => server.baseUrl);

const refusals = (day: string) =>
  server.database.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'action', 'outcome', 'object_id'])
    .where('outcome', '=', 'refused')
    .where('object_id', '=', day)
    .execute();

describe('a company mentor and attendance', () => {
  it('registers at their own workplace only, and sees only the days there', async () => {
    const { organisations } = server.world;
    expect(
      (await call('workshopmentor', 'PUT', `${base}/2025-04-01`, { status: 'present', hours: 6 })).status,
    ).toBe(200);
    const own = await call('companymentor', 'PUT', `${base}/2025-04-02`, { status: 'present', hours: 7 });
    expect(own.status).toBe(200);
    expect(own.body.day.workplace.id).toBe(organisations.company);
    const elsewhere = await call('companymentor', 'PUT', `${base}/2025-04-03`, {
      status: 'present',
      workplaceId: organisations.institution,
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.field).toBe('body.workplaceId');
    const month = await call('companymentor', 'GET', `${base}?month=2025-04`);
    expect(month.body.days.map((d: { day: string }) => d.day)).toEqual(['2025-04-02']);
    expect(month.body).not.toHaveProperty('summary');
    const staff = await call('coordinator', 'GET', `${base}?month=2025-04`);
    expect(staff.body.days.map((d: { day: string }) => d.day)).toEqual(['2025-04-01', '2025-04-02']);
    expect(staff.body.summary.registeredDays).toBe(2);
  });

  it('refuses, and audits, deleting or changing a day someone else registered', async () => {
    const mentor = await as('companymentor');
    const del = await mentor.request('DELETE', `${base}/2025-04-01`, undefined, { 'if-match': '"1"' });
    expect(del.status).toBe(404);
    const change = await mentor.request(
      'PUT',
      `${base}/2025-04-01`,
      { status: 'absent', absenceReason: 'sick' },
      { 'if-match': '"1"' },
    );
    expect(change.status).toBe(404);
    const staff = await call('coordinator', 'GET', `${base}?month=2025-04`);
    expect(staff.body.days.find((d: { day: string }) => d.day === '2025-04-01')).toMatchObject({
      status: 'present',
      hours: 6,
    });
    expect(await refusals('2025-04-01')).toEqual([
      {
        actor_user_id: server.world.users.companyMentor,
        action: 'attendance.delete',
        outcome: 'refused',
        object_id: '2025-04-01',
      },
      {
        actor_user_id: server.world.users.companyMentor,
        action: 'attendance.write',
        outcome: 'refused',
        object_id: '2025-04-01',
      },
    ]);
  });

  it('deletes a day they registered themselves', async () => {
    const mentor = await as('companymentor');
    expect(
      (await mentor.request('DELETE', `${base}/2025-04-02`, undefined, { 'if-match': '"1"' })).status,
    ).toBe(200);
    const staff = await call('coordinator', 'GET', `${base}?month=2025-04`);
    expect(staff.body.days.map((d: { day: string }) => d.day)).toEqual(['2025-04-01']);
  });
});
