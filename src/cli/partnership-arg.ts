import type { PartnershipSummary } from '../partnerships/queries.ts';
import { listPartnerships } from '../partnerships/queries.ts';
import { resolvePartnership } from '../partnerships/resolve.ts';
import type { Db } from '../platform/db.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/**
 * A command about one partnership (--partnership NAME): runs `work` with it, or says on stderr
 * why no partnership was found and returns exit code 1.
 */
export function withPartnership(
  env: NodeJS.ProcessEnv,
  io: Io,
  name: string,
  work: (db: Db, partnership: PartnershipSummary) => Promise<number>,
): Promise<number> {
  return withDatabase(env, async ({ db }) => {
    const partnership = await partnershipNamed(db, name, io);
    return partnership ? work(db, partnership) : 1;
  });
}

async function partnershipNamed(db: Db, name: string, io: Io): Promise<PartnershipSummary | null> {
  const all = await listPartnerships(db);
  const found = resolvePartnership(all, name);
  if (found.kind === 'none') {
    io.err(`no partnership matches "${name}" (by its name, its municipality or its institution)`);
    if (all.length > 0) io.err(`partnerships: ${all.map((p) => p.name).join('; ')}`);
    return null;
  }
  if (found.kind === 'ambiguous') {
    io.err(`"${name}" matches ${found.candidates.length} partnerships; name one of them:`);
    for (const p of found.candidates) io.err(`  ${p.name}`);
    return null;
  }
  return found.partnership;
}
