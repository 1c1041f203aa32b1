import { type AuditEntry, audit } from '../audit/audit.ts';
import { grantsFrom } from '../auth/access.ts';
import { auditFor, type CourseScope } from '../auth/course-scope.ts';
import { readableVisibilities } from '../auth/permissions.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { currentStep, type StepKind } from '../course-steps/order.ts';
import { clockOf, intervalsOf } from '../due/clock.ts';
import { owedBy } from '../due/rules.ts';
import { momentumOfRow } from '../momentum/columns.ts';
import { averageDays } from '../momentum/momentum.ts';
import type { CprCipher } from '../participants/cpr.ts';
import { viewParticipant } from '../participants/view.ts';
import { monthRange, today } from '../platform/dates.ts';
import { notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { nextDue } from './next-due.ts';
import { caseloadRows, courseQueries } from './queries.ts';
import type { CaseloadItem, CourseOverview, StatusChange } from './schemas.ts';

/** The course page's overview: the whole of it; the view policy leaves out what the reader may not see. */
export async function getCourseOverview(scope: CourseScope, cpr: CprCipher): Promise<CourseOverview> {
  const { grant } = scope;
  const [row] = await scope.readAudited(scope.queries(courseQueries).page(), 'course.read', {
    objectType: 'course',
    objectId: grant.courseId,
    detail: { classes: [...grant.classes].sort() },
  });
  if (!row) throw notFound('course');
  const participant = viewParticipant(row, cpr);
  return {
    course: courseView(row),
    participant,
    team: row.team,
    statusHistory: row.history.map((h) => ({
      status: h.status,
      effectiveDate: h.effective_date,
      reason: h.reason,
      changedAt: new Date(h.changed_at).toISOString(),
    })),
    owed: owedBy(clockOf(row), today(), intervalsOf(row)),
    myRole: grant.role,
    myPermissions: [...grant.permissions],
    myNoteVisibilities: [...readableVisibilities[grant.side]],
    myConsentCategories: grant.categories ? [...grant.categories] : null,
  };
}

type CourseRow = Awaited<ReturnType<ReturnType<typeof courseQueries>['find']>>;

function courseView(row: CourseRow): CourseOverview['course'] {
  return {
    id: row.id,
    partnership: {
      id: row.partnership_id,
      name: row.partnership_name,
      municipality: row.municipality_name,
      institution: row.institution_name,
    },
    referralDate: row.referral_date,
    startDate: row.start_date,
    grantedMonths: row.granted_months,
    status: row.status,
    outcome:
      row.outcome_type && row.outcome_date
        ? {
            type: row.outcome_type as NonNullable<CourseOverview['course']['outcome']>['type'],
            date: row.outcome_date,
          }
        : null,
    version: row.version,
  };
}

/** Pause, resume or end a course; the history keeps every change. */
export async function changeCourseStatus(
  scope: CourseScope,
  input: StatusChange,
  expected: Expected,
): Promise<number> {
  const q = scope.queries(courseQueries);
  const version = await q.changeStatus(input, scope.actor.userId, expected);
  if (version === null) {
    const now = await q.find();
    throw new StaleVersion(now.version, scope.present('courseOverview', { course: courseView(now) }).course);
  }
  await scope.audit('course.status.change', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { status: input.status, version },
  });
  return version;
}

/** The actor's own courses with this month's attendance and what is due next. */
export async function getCaseload(scope: Scope, now = new Date()) {
  const day = today(now);
  const rows = await caseloadRows(scope.tx, scope.actor.userId, monthRange(day.slice(0, 7)).first, day);
  // Consent and role decide which of these the actor may list at all, and what of each.
  const grants = grantsFrom(rows, scope.actor.userId);
  const items: CaseloadItem[] = [];
  const entries: AuditEntry[] = [];
  // Referral → first contact over the courses whose administration the actor receives.
  const firstContact: Array<{ days: number | null; promise: number }> = [];
  for (const r of rows) {
    const grant = grants.get(r.id);
    if (!grant) continue;
    entries.push(auditFor(grant, 'caseload.read', { objectType: 'course', objectId: r.id }));
    const item: CaseloadItem = {
      courseId: r.id,
      participantName: `${r.given_name} ${r.family_name}`,
      role: r.role,
      status: r.status,
      startDate: r.start_date,
      attendanceThisMonth: {
        presentDays: r.month.present,
        registeredDays: r.month.registered,
        share: r.month.registered > 0 ? r.month.present / r.month.registered : null,
      },
      nextDue: nextDue(clockOf(r), day, intervalsOf(r)),
      unreadLetters: r.unread_letters,
      // A course imported without its steps shows none rather than a made-up "referral".
      currentStep: r.step_kinds.length > 0 ? currentStep(r.step_kinds as StepKind[]) : null,
    };
    const momentum = momentumOfRow(r, day);
    item.momentum = {
      daysWithoutContact: momentum.daysWithoutContact,
      contactLost: momentum.contactLost,
      nextStep: momentum.nextStep,
      referralToFirstContactDays: momentum.referralToFirstContactDays,
    };
    if (grant.classes.has('courseAdmin'))
      firstContact.push({ days: momentum.referralToFirstContactDays, promise: r.promise_days });
    items.push(present('caseloadItem', item, grant));
  }
  await audit(scope.tx, scope.actor, entries);
  return {
    items,
    firstContact: {
      averageDays: averageDays(firstContact.map((f) => f.days)),
      courses: firstContact.filter((f) => f.days !== null).length,
      // Courses of several partnerships: the strictest promise among them.
      promiseDays: firstContact.length > 0 ? Math.min(...firstContact.map((f) => f.promise)) : 7,
    },
  };
}
