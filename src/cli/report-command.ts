import { readPartnershipReport } from '../reports/service.ts';
import { formatReport } from '../reports/summary.ts';
import type { Io } from './io.ts';
import { withPartnership } from './partnership-arg.ts';

/** `report`: with --json, stdout carries the report object and nothing else. */
export function reportCommand(
  input: { partnership: string; asOf: string; json: boolean },
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return withPartnership(env, io, input.partnership, async (db, partnership) => {
    const report = await db
      .transaction()
      .execute((tx) => readPartnershipReport(tx, null, partnership, input.asOf));
    io.out(input.json ? JSON.stringify(report, null, 2) : formatReport(partnership, input.asOf, report));
    return 0;
  });
}
