import type { CourseScope } from '../auth/course-scope.ts';
import { readableNotes } from '../journal/service.ts';
import { readableLetters } from '../status-letters/service.ts';
import type { LogbookEntry, LogbookQuery } from './schemas.ts';

/**
 * The course's logbook (forløbslogbog): its approved letters and journal notes together, newest
 * first. Each part is read exactly as its own page reads it (the journal's note rules, the
 * letters' classes); the logbook only puts them in one line of time.
 */
export async function readLogbook(
  scope: CourseScope,
  query: LogbookQuery,
): Promise<{ entries: LogbookEntry[] }> {
  const within = (day: string) => (!query.from || day >= query.from) && (!query.to || day <= query.to);
  const notes =
    query.kind !== 'letter' && scope.grant.permissions.has('journal.read')
      ? await readableNotes(scope, query.track)
      : [];
  // Letters have no track: a track narrows the logbook to the notes on it.
  const letters = query.kind !== 'note' && !query.track ? await readableLetters(scope) : [];
  const entries: LogbookEntry[] = [
    ...notes.map((note) => ({ kind: 'note' as const, date: note.date, note })),
    ...letters.map((letter) => ({ kind: 'letter' as const, date: letter.approvedOn, letter })),
  ]
    .filter((e) => within(e.date))
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind));
  const view = scope.present('logbook', { entries });
  await scope.audit('logbook.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: {
      notes: view.entries.filter((e) => e.kind === 'note').length,
      letters: view.entries.filter((e) => e.kind === 'letter').length,
      filter: {
        kind: query.kind ?? null,
        track: query.track ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
      },
    },
  });
  return view;
}
