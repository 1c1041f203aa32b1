import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliTarget, cliTarget } from '../../tests/support/cli-harness.ts';
import { signIn } from '../auth/sign-in.ts';

let target: CliTarget;
beforeAll(async () => {
  target = await cliTarget();
});
afterAll(() => target?.dispose());

const create = (username: string, ...extra: string[]) =>
  target.run(
    'admin',
    'create-user',
    '--username',
    username,
    '--name',
    'Ada Administrator',
    '--organisation',
    'Lindeby Kommune',
    '--kind',
    'municipality',
    '--role',
    'administrator',
    ...extra,
  );

describe('admin create-user: the first sign-in on a fresh server', () => {
  it('creates a user whose one-time password, printed on stdout only, signs in', async () => {
    const result = await create('Ada');
    expect(result.code, result.stderr).toBe(0);
    const password = result.stdout.trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(result.stderr).not.toContain(password);
    const database = await target.open();
    try {
      const session = await signIn(database.db, 'ada', password);
      expect(session.userId).toBeTruthy();
      const membership = await database.db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select(['m.role', 'o.kind', 'o.name'])
        .where('m.user_id', '=', session.userId)
        .execute();
      expect(membership).toEqual([{ role: 'administrator', kind: 'municipality', name: 'Lindeby Kommune' }]);
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['action', 'detail'])
        .where('action', '=', 'admin.user.create')
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit)).not.toContain(password);
    } finally {
      await database.close();
    }
  });

  it('refuses a taken username and a wrong role, naming the problem', async () => {
    const again = await create('ada');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ada is taken');
    const badName = await create('Å nej');
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('username');
    const wrongRole = await create('bo', '--role', 'king');
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain('--role');
  });

  it('leaves an audit log whose chain verifies', async () => {
    const verify = await target.run('audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('audit log intact');
  });
});
