import { readFile } from 'node:fs/promises';
import { importInterchange } from '../interchange/import.ts';
import { issueLine } from '../interchange/issues.ts';
import { parseJsonBytes } from '../interchange/parse.ts';
import { validateInterchange } from '../interchange/validate.ts';
import { findPartnership } from '../partnerships/queries.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/**
 * `import FILE`: the whole file is read and checked before anything is written; a bad file gets
 * one line per problem on stderr and exit code 1, and the database is left as it was.
 */
export async function importCommand(file: string, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  return withDatabase(env, async ({ db }) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return 1;
    }
    const parsed = parseJsonBytes(bytes);
    if (!parsed.ok) {
      io.err(`${file}: ${parsed.message}`);
      io.err(`${file}: refused; nothing was imported`);
      return 1;
    }
    const checked = validateInterchange(parsed.value);
    if (!checked.ok) {
      for (const issue of checked.issues) io.err(issueLine(issue));
      const hidden = checked.total - checked.issues.length;
      if (hidden > 0) io.err(`… and ${hidden} more problems`);
      io.err(`${file}: refused with ${plural(checked.total, 'problem')}; nothing was imported`);
      return 1;
    }
    const total = checked.document.participants.length;
    io.err(`${file}: valid; importing ${plural(total, 'participant')} in one transaction`);
    const summary = await importInterchange(db, checked.document, {
      onProgress: (done, all) =>
        io.err(`imported ${done}/${all} participants (${Math.floor((done / all) * 100)}%)`),
    });
    const partnership = await findPartnership(db, summary.partnershipId);
    const p = summary.participants;
    const m = summary.measurements;
    io.out(
      `Imported ${file} into partnership "${partnership?.name ?? summary.partnershipId}"` +
        `${summary.partnershipCreated ? ' (new)' : ''}: ${plural(p.total, 'participant')} ` +
        `(${p.created} new, ${p.changed} changed, ${p.unchanged} unchanged); ` +
        `measurements ${m.added} added, ${m.updated} updated, ${m.removed} removed.`,
    );
    return 0;
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
