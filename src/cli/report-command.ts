import { listPartnerships } from '../partnerships/queries.ts';
import { resolvePartnership } from '../partnerships/resolve.ts';
import { readPartnershipReport } from '../reports/service.ts';
import { formatReport } from '../reports/summary.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/** `report`: with --json, stdout carries the report object and nothing else. */
export async function reportCommand(
  input: { partnership: string; asOf: string; json: boolean },
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return withDatabase(env, async ({ db }) => {
    const all = await listPartnerships(db);
    const found = resolvePartnership(all, input.partnership);
    if (found.kind === 'none') {
      io.err(
        `no partnership matches "${input.partnership}" (by its name, its municipality or its institution)`,
      );
      if (all.length > 0) io.err(`partnerships: ${all.map((p) => p.name).join('; ')}`);
      return 1;
    }
    if (found.kind === 'ambiguous') {
      io.err(`"${input.partnership}" matches ${found.candidates.length} partnerships; name one of them:`);
      for (const p of found.candidates) io.err(`  ${p.name}`);
      return 1;
    }
    const partnership = found.partnership;
    const report = await db
      .transaction()
      .execute((tx) => readPartnershipReport(tx, null, partnership, input.asOf));
    io.out(input.json ? JSON.stringify(report, null, 2) : formatReport(partnership, input.asOf, report));
    return 0;
  });
}
