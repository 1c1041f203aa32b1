import { readDueList } from '../due/service.ts';
import type { Io } from './io.ts';
import { withPartnership } from './partnership-arg.ts';

const kindWords = { measurement: 'måling', statusLetter: 'statusbrev' } as const;

/** `due`: with --json, stdout carries the object DOMAIN.md defines and nothing else. */
export function dueCommand(
  input: { partnership: string; asOf: string; json: boolean },
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return withPartnership(env, io, input.partnership, async (db, partnership) => {
    const list = await db.transaction().execute((tx) => readDueList(tx, null, partnership, input.asOf));
    if (input.json) io.out(JSON.stringify(list, null, 2));
    else {
      io.out(`${partnership.name}: frister pr. ${input.asOf} (${list.items.length})`);
      for (const item of list.items)
        io.out(
          `  ${item.due}  ${item.participant.padEnd(12)} ${kindWords[item.kind]}${item.overdue ? '  OVERSKREDET' : ''}`,
        );
    }
    return 0;
  });
}
