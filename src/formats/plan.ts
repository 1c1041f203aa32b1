import { audit } from '../audit/audit.ts';
import type { CourseQueries } from '../auth/course-scope.ts';
import { type Invitee, insertMeeting } from '../meetings/insert.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { instantOf } from '../platform/local-time.ts';
import type { FormatRule } from './schemas.ts';
import { type CourseEvents, occurrences } from './timing.ts';

export interface PlanResult {
  /** Meetings written by this run. */
  planned: number;
}

/**
 * Plans, as meetings, every occurrence of the formats in use on a course that falls on or after
 * `asOf` and was not planned before (format_occurrences remembers each by course, format, rule and
 * occurrence). Idempotent: a second run on the same day writes nothing. The caller holds the
 * transaction. Run it when a format is applied, after a status letter is approved, and daily
 * (repetitions reach further as the days pass; an ended course plans nothing).
 *
 * `actorId`: who is acting (audited); null for the daily job. Meetings are created by the person
 * who applied the format.
 */
export async function planFormatMeetings(
  tx: Db,
  courseId: string,
  asOf: IsoDate,
  actorId: string | null = null,
): Promise<PlanResult> {
  const course = await tx
    .selectFrom('courses')
    .select([
      'id',
      'municipality_id',
      'partnership_id',
      'participant_id',
      'referral_date',
      'first_contact_date',
      'start_date',
      'status',
    ])
    .where('id', '=', courseId)
    .executeTakeFirst();
  if (!course || course.status === 'ended') return { planned: 0 };
  const uses = await tx
    .selectFrom('course_formats as cf')
    .innerJoin('coordination_formats as f', 'f.id', 'cf.format_id')
    .select(['cf.id', 'cf.format_id', 'cf.events', 'cf.applied_on', 'cf.applied_by', 'f.rules'])
    .where('cf.course_id', '=', courseId)
    .where('cf.stopped_on', 'is', null)
    .orderBy('cf.applied_at')
    .execute();
  if (uses.length === 0) return { planned: 0 };

  // A corrected letter is a new version of the same letter, not a new one: it plans no new meeting.
  const letters = await tx
    .selectFrom('status_letters')
    .select('approved_on')
    .where('course_id', '=', courseId)
    .where('replaces_id', 'is', null)
    .execute();
  const team = await tx
    .selectFrom('course_team')
    .select(['user_id', 'role'])
    .where('course_id', '=', courseId)
    .orderBy('added_at')
    .execute();
  const done = new Set(
    (
      await tx
        .selectFrom('format_occurrences')
        .select(['format_id', 'rule_id', 'occurrence'])
        .where('course_id', '=', courseId)
        .execute()
    ).map((o) => `${o.format_id}|${o.rule_id}|${o.occurrence}`),
  );
  const coordinator = team.find((m) => m.role === 'youthCoordinator')?.user_id ?? null;

  let planned = 0;
  const formatIds = new Set<string>();
  for (const use of uses) {
    const rules = use.rules as FormatRule[];
    const events: CourseEvents = {
      referral: course.referral_date,
      firstContact: course.first_contact_date,
      courseStart: course.start_date,
      applied: use.applied_on,
      statusLetters: letters.map((l) => l.approved_on),
      named: use.events,
    };
    for (const o of occurrences(
      rules.map((r) => ({ id: r.id, timing: r.timing })),
      events,
      asOf,
    )) {
      // Only what lies ahead: a meeting is not planned in the past.
      if (o.date < asOf || done.has(`${use.format_id}|${o.ruleId}|${o.occurrence}`)) continue;
      const rule = rules.find((r) => r.id === o.ruleId) as FormatRule;
      // Claim the occurrence first: a concurrent run that claimed it already makes this one skip it.
      const claimed = await tx
        .insertInto('format_occurrences')
        .values({
          course_id: courseId,
          format_id: use.format_id,
          rule_id: o.ruleId,
          occurrence: o.occurrence,
          municipality_id: course.municipality_id,
          course_format_id: use.id,
          planned_on: asOf,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('rule_id')
        .executeTakeFirst();
      if (!claimed) continue;
      const startsAt = instantOf(o.date, rule.time);
      const invitees: Invitee[] = [
        ...team
          .filter((m) => (rule.invitees.roles as string[]).includes(m.role))
          .map((m): Invitee => ({ kind: 'user', userId: m.user_id })),
        ...(rule.invitees.youngPerson ? [{ kind: 'youngPerson' } as const] : []),
      ];
      const meeting = await insertMeeting(tx, {
        municipalityId: course.municipality_id,
        partnershipId: course.partnership_id,
        courseId,
        kind: rule.kind,
        title: rule.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000),
        hostId: coordinator,
        chairId: coordinator,
        agenda: rule.agenda.map((heading) => ({ heading, text: '' })),
        invitees,
        formatId: use.format_id,
        formatRule: rule.id,
        createdBy: use.applied_by,
      });
      await tx
        .updateTable('format_occurrences')
        .set({ meeting_id: meeting.id })
        .where('course_id', '=', courseId)
        .where('format_id', '=', use.format_id)
        .where('rule_id', '=', o.ruleId)
        .where('occurrence', '=', o.occurrence)
        .execute();
      planned++;
      formatIds.add(use.format_id);
    }
  }
  if (planned > 0)
    await audit(tx, actorId ? { userId: actorId } : null, {
      action: 'formats.plan',
      purpose: 'courseWork',
      participantId: course.participant_id,
      courseId,
      municipalityId: course.municipality_id,
      objectType: 'course',
      objectId: courseId,
      detail: { planned, formats: [...formatIds], asOf },
    });
  return { planned };
}

/**
 * The daily run (the work queue's job): plans, for every course with a format in use, what has come
 * within reach as of `asOf` — repetitions up to their horizon, anything a new date made possible.
 * Each course in the caller's transaction; returns how many meetings were written in all.
 */
export async function planAllFormatMeetings(tx: Db, asOf: IsoDate): Promise<PlanResult> {
  const courses = await tx
    .selectFrom('course_formats')
    .select('course_id')
    .distinct()
    .where('stopped_on', 'is', null)
    .execute();
  let planned = 0;
  for (const c of courses) planned += (await planFormatMeetings(tx, c.course_id, asOf)).planned;
  return { planned };
}

/**
 * For course services (a CourseScope's `queries`): plan this course's format meetings in the
 * scope's transaction, e.g. right after a status letter is approved.
 */
export const formatPlanning: CourseQueries<{
  plan: (asOf: IsoDate, actorId: string) => Promise<PlanResult>;
}> = (tx, course) => ({
  plan: (asOf, actorId) => planFormatMeetings(tx, course.courseId, asOf, actorId),
});
