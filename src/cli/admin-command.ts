import { createUser, type NewUser } from '../admin/create-user.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/** `admin create-user`: the password goes to stdout once, and nowhere else. */
export async function createUserCommand(user: NewUser, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  return withDatabase(env, async ({ db }) => {
    const created = await createUser(db, user);
    io.err(
      `created ${user.username.toLowerCase()} (${user.role}, ${user.organisation}); the password, shown once:`,
    );
    io.out(created.password);
    return 0;
  });
}
