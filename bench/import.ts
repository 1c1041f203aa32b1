import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importCommand } from '../src/cli/import-command.ts';
import type { InterchangeDocument, InterchangeParticipant } from '../src/interchange/types.ts';
import { addDays, addMonths, today } from '../src/platform/dates.ts';
import { log, root } from './options.ts';
import { disabilitySets, familyNames, givenNames, outcomes } from './seed-data.ts';

/**
 * Issue 11: an interchange file of 10,000 participants imported in ≤ 30 s. The file is built
 * here (format 2: referrals, pauses, approved letters, the young person's own scores), then
 * imported through the CLI's own command (`vivirk import FILE`: read, parse, validate, one
 * transaction) into the bench's PostgreSQL database beside its seeded volume; then once more,
 * when every participant is unchanged and nothing may be written.
 */
export const IMPORT_PARTICIPANTS = 10_000;
export const IMPORT_TARGET_S = 30;

export interface ImportResult {
  participants: number;
  measurements: number;
  statusLetters: number;
  bytes: number;
  /** The first import: everything new. */
  firstSeconds: number;
  /** The same file again: everything unchanged. */
  againSeconds: number;
  /** The command's summary lines. */
  summary: string[];
}

const scores = (i: number, k: number) => ({
  motivation: 1 + ((i + k) % 5),
  workIdentity: 1 + ((i + 2 * k) % 5),
  clarification: 1 + ((i * 3 + k) % 5),
  knowledge: 1 + ((i + k * 3) % 5),
});

/** A repeatable v2 document; courses started up to three years ago, measured every six months. */
export function buildInterchange(participants: number, day = today()): InterchangeDocument {
  const list: InterchangeParticipant[] = [];
  for (let i = 0; i < participants; i++) {
    const start = addDays(day, -(30 + ((i * 53) % 1050)));
    const birth = `${1995 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const measurements: InterchangeParticipant['measurements'] = [];
    for (let k = 0; addMonths(start, 6 * k) <= day; k++) {
      const date = addDays(addMonths(start, 6 * k), 3);
      if (date > day) break;
      measurements.push({ date, scores: scores(i, k) });
      if (i % 3 === 0) measurements.push({ date, perspective: 'participant', scores: scores(i + 1, k) });
    }
    const statusLetters: NonNullable<InterchangeParticipant['statusLetters']> = [];
    for (let k = 1; addMonths(start, 3 * k) <= day; k++)
      statusLetters.push({ approvedOn: addMonths(start, 3 * k) });
    const ended = i % 12 === 11 && addDays(start, 200) < day;
    const paused = i % 20 === 7 && addDays(start, 120) < day;
    list.push({
      ref: `IMP-${String(i + 1).padStart(5, '0')}`,
      givenName: givenNames[(i * 7) % givenNames.length]!,
      familyName: familyNames[(i * 3) % familyNames.length]!,
      birthDate: birth,
      gender: (['female', 'male', 'other'] as const)[i % 7 === 6 ? 2 : i % 2]!,
      disabilities: disabilitySets[i % disabilitySets.length]!.split(
        ',',
      ) as InterchangeParticipant['disabilities'],
      consentToStatistics: i % 5 !== 0,
      courseStart: start,
      grantedMonths: [24, 36, 48, 60, null][i % 5]!,
      measurements,
      outcome: ended ? { type: outcomes[i % outcomes.length] as never, date: addDays(start, 200) } : null,
      referralDate: addDays(start, -14),
      ...(paused
        ? {
            statusChanges: [
              { date: addDays(start, 60), status: 'paused' as const, reason: 'Indlagt' },
              { date: addDays(start, 100), status: 'active' as const },
            ],
          }
        : {}),
      statusLetters,
    });
  }
  return {
    format: 'vivirk-interchange/2',
    partnership: {
      municipality: 'Bench Import Kommune',
      institution: 'Bench Import Værksteder',
      targets: { admitted: 40, closerShare: 0.87 },
    },
    participants: list,
  };
}

/** Imports the file twice through the CLI's command against `databaseUrl`; throws when it refuses. */
export async function benchImport(
  databaseUrl: string,
  participants = IMPORT_PARTICIPANTS,
): Promise<ImportResult> {
  const document = buildInterchange(participants);
  const file = path.join(root, '.tmp', `bench-import-${participants}.json`);
  writeFileSync(file, JSON.stringify(document));
  const bytes = statSync(file).size;
  const measurements = document.participants.reduce((n, p) => n + p.measurements.length, 0);
  const statusLetters = document.participants.reduce((n, p) => n + (p.statusLetters?.length ?? 0), 0);
  log(
    `\n── import: ${participants} participants, ${measurements} measurements, ${statusLetters} status letters (${(bytes / 2 ** 20).toFixed(1)} MiB, ${path.relative(root, file)}) ──`,
  );
  const summary: string[] = [];
  const run = async (what: string) => {
    const errors: string[] = [];
    const io = { out: (line: string) => summary.push(line), err: (line: string) => errors.push(line) };
    const t0 = performance.now();
    const code = await importCommand(file, io, { ...process.env, DATABASE_URL: databaseUrl });
    const seconds = (performance.now() - t0) / 1000;
    if (code !== 0)
      throw new Error(`import ${what} refused (exit ${code}):\n${errors.slice(0, 20).join('\n')}`);
    log(`  ${what}: ${seconds.toFixed(1)} s — ${summary.at(-1)}`);
    return seconds;
  };
  const firstSeconds = await run('first import');
  const againSeconds = await run('the same file again');
  return { participants, measurements, statusLetters, bytes, firstSeconds, againSeconds, summary };
}

export const importVerdict = (r: ImportResult) =>
  `PostgreSQL import of ${r.participants} participants (CLI import, one transaction): ${r.firstSeconds.toFixed(1)} s ` +
  `(the same file again ${r.againSeconds.toFixed(1)} s) — target ≤ ${IMPORT_TARGET_S} s: ${
    r.firstSeconds <= IMPORT_TARGET_S ? 'MET' : 'NOT MET'
  }`;
