import type { DayView } from '../attendance/schemas.ts';
import { summarise } from '../attendance/summary.ts';
import { isHealthRecord } from '../auth/health-records.ts';
import type { Snapshot } from '../goals/schemas.ts';
import { addDays, earlierDay, type IsoDate } from '../platform/dates.ts';
import type { Track } from '../platform/tracks.ts';
import { development as developmentOf } from '../reports/compute.ts';
import { danishDate } from './danish-date.ts';
import type { LetterFigure, LetterSection, LetterSectionKey } from './document.ts';
import {
  developmentWords,
  dimensionWords,
  goalStatusWords,
  percent,
  sectionHeadings,
  trackWords,
} from './words.ts';

/**
 * The first draft of a status letter (DOMAIN.md "Status letters"): pure, from what the drafting
 * user may read, to the letter's sections. The coordinator edits the text before approving it.
 */

export interface DraftGoal {
  id: string;
  parentGoalId: string | null;
  snapshot: Snapshot;
  /** Every version of the goal (goal_versions), any order; the ones in the period are its changes. */
  versions: ReadonlyArray<{ version: number; date: IsoDate; snapshot: Snapshot }>;
}

export interface DraftInput {
  period: { from: IsoDate; to: IsoDate };
  goals: readonly DraftGoal[];
  /** The journal notes the drafter may read, any date. */
  notes: ReadonlyArray<{ date: IsoDate; track: Track | null; body: string }>;
  /** Registered attendance days, any date. */
  attendance: ReadonlyArray<Pick<DayView, 'day' | 'status' | 'absenceReason' | 'hours'>>;
  /** The professional's measurements on the default instrument, any date. */
  measurements: ReadonlyArray<{ date: IsoDate; scores: Readonly<Record<string, number>> }>;
}

/** The period a new letter covers: from the day after the last letter (or the start) up to today. */
export function draftPeriod(
  lastLetter: { periodTo: IsoDate | null; approvedOn: IsoDate } | null,
  courseStart: IsoDate | null,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const start = lastLetter
    ? addDays(lastLetter.periodTo ?? lastLetter.approvedOn, 1)
    : (courseStart ?? today);
  // A letter approved today leaves nothing after it: the new period is today alone.
  return { from: earlierDay(start, today), to: today };
}

const inPeriod = (period: DraftInput['period'], day: IsoDate) => day >= period.from && day <= period.to;

export function draftSections(input: DraftInput): LetterSection[] {
  const health = input.goals.filter((g) => isHealthRecord(g.snapshot));
  const other = input.goals.filter((g) => !isHealthRecord(g.snapshot));
  const notes = input.notes
    .filter((n) => inPeriod(input.period, n.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  const healthNotes = notes.filter((n) => isHealthRecord(n));
  return [
    goalsSection(other, input.period),
    healthSection(health, healthNotes, input.period),
    activitiesSection(notes.filter((n) => !isHealthRecord(n))),
    attendanceSection(input.attendance.filter((d) => inPeriod(input.period, d.day))),
    progressionSection(input.measurements, input.period),
    nextStepsSection(other),
  ];
}

const section = (
  key: LetterSectionKey,
  paragraphs: string[],
  figures: LetterFigure[] = [],
): LetterSection => ({
  key,
  heading: sectionHeadings[key],
  text: paragraphs.filter((p) => p.trim() !== '').join('\n\n'),
  figures,
});

/** Sub-goals right after their goal; a sub-goal whose goal is not given stands on its own. */
function ordered(goals: readonly DraftGoal[]): DraftGoal[] {
  const ids = new Set(goals.map((g) => g.id));
  const out: DraftGoal[] = [];
  for (const g of goals) {
    if (g.parentGoalId && ids.has(g.parentGoalId)) continue;
    out.push(g, ...goals.filter((s) => s.parentGoalId === g.id));
  }
  return out;
}

function goalParagraph(goal: DraftGoal, period: DraftInput['period']): string {
  const { title, status, circle } = goal.snapshot;
  const lines = [`${goal.parentGoalId ? 'Delmål: ' : ''}${title} (${goalStatusWords[status] ?? status})`];
  const steps: Array<[string, string]> = [
    ['Mål', circle.goal],
    ['Aktiviteter', circle.activities],
    ['Måling', circle.measure],
    ['Læring', circle.learned],
  ];
  for (const [label, text] of steps) if (text.trim()) lines.push(`- ${label}: ${oneLine(text)}`);
  const changes = goalChanges(goal, period);
  if (changes.length) lines.push(`- I perioden: ${changes.join('; ')}`);
  return lines.join('\n');
}

/** What happened to a goal in the period, from its versions: "two steps forward, one back" shows. */
function goalChanges(goal: DraftGoal, period: DraftInput['period']): string[] {
  const versions = [...goal.versions].sort((a, b) => a.version - b.version);
  const out: string[] = [];
  versions.forEach((v, i) => {
    if (!inPeriod(period, v.date)) return;
    const before = versions[i - 1]?.snapshot;
    const what: string[] = [];
    if (!before) what.push('nyt mål');
    else {
      if (before.status !== v.snapshot.status)
        what.push(`${goalStatusWords[before.status]} → ${goalStatusWords[v.snapshot.status]}`);
      if (before.title !== v.snapshot.title) what.push('omformuleret');
      if (JSON.stringify(before.circle) !== JSON.stringify(v.snapshot.circle))
        what.push('læringscirklen opdateret');
    }
    if (v.snapshot.note) what.push(`"${oneLine(v.snapshot.note)}"`);
    if (what.length) out.push(`${danishDate(v.date)}: ${what.join(', ')}`);
  });
  return out;
}

function goalsSection(goals: readonly DraftGoal[], period: DraftInput['period']): LetterSection {
  const all = ordered(goals);
  if (all.length === 0) return section('goals', ['Der er ikke registreret mål endnu.']);
  const achieved = goals.filter((g) =>
    g.versions.some((v) => inPeriod(period, v.date) && v.snapshot.status === 'achieved'),
  ).length;
  return section(
    'goals',
    all.map((g) => goalParagraph(g, period)),
    [
      { label: 'Aktive mål', value: String(goals.filter((g) => g.snapshot.status === 'active').length) },
      { label: 'Nået i perioden', value: String(achieved) },
    ],
  );
}

function healthSection(
  goals: readonly DraftGoal[],
  notes: DraftInput['notes'],
  period: DraftInput['period'],
): LetterSection {
  const paragraphs = ordered(goals).map((g) => goalParagraph(g, period));
  if (notes.length)
    paragraphs.push(
      [`${trackWords.treatment}:`, ...notes.map((n) => `- ${danishDate(n.date)}: ${excerpt(n.body)}`)].join(
        '\n',
      ),
    );
  if (paragraphs.length === 0)
    paragraphs.push('Der er ikke registreret mål eller notater om helbred i perioden.');
  return section('health', paragraphs);
}

function activitiesSection(notes: DraftInput['notes']): LetterSection {
  if (notes.length === 0) return section('activities', ['Der er ikke skrevet notater i perioden.']);
  const byTrack = new Map<string, DraftInput['notes'][number][]>();
  for (const n of notes) {
    const key = n.track ? trackWords[n.track] : 'Øvrige aktiviteter';
    byTrack.set(key, [...(byTrack.get(key) ?? []), n]);
  }
  return section(
    'activities',
    [...byTrack].map(([track, list]) =>
      [`${track}:`, ...list.map((n) => `- ${danishDate(n.date)}: ${excerpt(n.body)}`)].join('\n'),
    ),
    [{ label: 'Notater i perioden', value: String(notes.length) }],
  );
}

function attendanceSection(days: DraftInput['attendance']): LetterSection {
  const s = summarise(days);
  if (s.registeredDays === 0) return section('attendance', ['Der er ikke registreret fremmøde i perioden.']);
  const share = s.presentShare === null ? '' : ` (${percent(s.presentShare)})`;
  return section(
    'attendance',
    [
      `Der er registreret ${s.registeredDays} dage i perioden. Den unge mødte op ${s.presentDays} af dem${share}.`,
      `Fravær: ${s.absentDays.sick} dage med sygdom, ${s.absentDays.agreed} med aftalt fravær og ${s.absentDays.unexplained} uden forklaring.`,
    ],
    [
      { label: 'Dage med fremmøde', value: `${s.presentDays} af ${s.registeredDays}${share}` },
      { label: 'Sygedage', value: String(s.absentDays.sick) },
      { label: 'Aftalt fravær', value: String(s.absentDays.agreed) },
      { label: 'Fravær uden forklaring', value: String(s.absentDays.unexplained) },
      { label: 'Timer', value: String(s.hours).replace('.', ',') },
    ],
  );
}

function progressionSection(
  measurements: DraftInput['measurements'],
  period: DraftInput['period'],
): LetterSection {
  const measured = developmentOf(measurements, period.to);
  if (measured === null)
    return section('progression', [
      'Der er endnu ikke foretaget en måling af afstanden til arbejdsmarkedet.',
    ]);
  const taken = measurements.filter((m) => inPeriod(period, m.date)).map((m) => danishDate(m.date));
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return section(
    'progression',
    [
      taken.length
        ? `Målinger i perioden: ${[...new Set(taken)].join(', ')}.`
        : 'Der er ikke foretaget en ny måling i perioden.',
      [
        'Udvikling siden første måling:',
        ...Object.entries(measured.perDimension)
          .sort(([a], [b]) => dimensionOrder(a) - dimensionOrder(b))
          .map(([d, n]) => `- ${dimensionWords[d] ?? d}: ${signed(n)}`),
      ].join('\n'),
      `Samlet udvikling: ${developmentWords(measured.total)}.`,
    ],
    [{ label: 'Samlet udvikling', value: developmentWords(measured.total) }],
  );
}

function nextStepsSection(goals: readonly DraftGoal[]): LetterSection {
  const active = ordered(goals).filter((g) => g.snapshot.status === 'active');
  if (active.length === 0) return section('nextSteps', ['Nye mål aftales på det næste statusmøde.']);
  return section('nextSteps', [
    [
      'Vi arbejder videre med:',
      ...active.map((g) => {
        const { title, circle } = g.snapshot;
        const how = [
          circle.activities && oneLine(circle.activities),
          circle.measure && `måles: ${oneLine(circle.measure)}`,
        ]
          .filter(Boolean)
          .join(' – ');
        return `- ${title}${how ? `: ${how}` : ''}`;
      }),
    ].join('\n'),
  ]);
}

/** The instrument's own order (stored scores come back in any order); unknown dimensions last. */
const dimensionOrder = (d: string) => {
  const i = Object.keys(dimensionWords).indexOf(d);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A note in a letter: its first 300 characters, on one line. */
function excerpt(body: string): string {
  const line = oneLine(body);
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
