import { z } from 'zod';
import type { App } from '../platform/app-types.ts';
import type { Db } from '../platform/db.ts';
import { actorOf } from './plugin.ts';
import { presentedAs } from './present.ts';

/**
 * A person's own work details. The phone number is what a company mentor needs most: it is shown
 * to the course team (the coordinator's number on the mentor's page), so the person enters it
 * themselves and may remove it.
 */
const profile = presentedAs('self', z.object({ phone: z.string().nullable() }));

const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9][0-9 -]{5,}$/, 'must be a phone number: digits, spaces, a leading +');

export const profileInput = z.strictObject({ phone: phone.nullable() });

const ownProfile = (db: Db, userId: string) =>
  db.selectFrom('users').select('phone').where('id', '=', userId).executeTakeFirstOrThrow();

export function profileRoutes(app: App, db: Db) {
  app.get(
    '/api/auth/profile',
    { config: { access: 'signedIn' }, schema: { tags: ['auth'], response: { 200: profile } } },
    async (req) => ownProfile(db, actorOf(req).userId),
  );

  app.put(
    '/api/auth/profile',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['auth'], body: profileInput, response: { 200: profile } },
    },
    async (req) => {
      const { userId } = actorOf(req);
      await db.updateTable('users').set({ phone: req.body.phone }).where('id', '=', userId).execute();
      return ownProfile(db, userId);
    },
  );
}
