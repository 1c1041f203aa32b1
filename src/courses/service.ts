import { audit } from '../audit/audit.ts';
import { auditFor, courseGrants, requireCourse } from '../auth/access.ts';
import { readableVisibilities } from '../auth/permissions.ts';
import type { CprCipher } from '../participants/cpr.ts';
import { viewParticipant } from '../participants/view.ts';
import { monthRange, today } from '../platform/dates.ts';
import type { Scope } from '../platform/scope.ts';
import { nextDue } from './next-due.ts';
import { caseloadRows, findCourse } from './queries.ts';
import type { CourseOverview, StatusChange } from './schemas.ts';

export async function getCourseOverview(
  scope: Scope,
  courseId: string,
  cpr: CprCipher,
): Promise<CourseOverview> {
  const grant = await requireCourse(scope, courseId, 'course.read');
  const row = await findCourse(scope.tx, courseId);
  const participant = viewParticipant(
    {
      id: row.p_id,
      municipality_id: row.p_municipality_id,
      partnership_id: row.p_partnership_id,
      ref: row.p_ref,
      given_name: row.p_given_name,
      family_name: row.p_family_name,
      birth_date: row.p_birth_date,
      gender: row.p_gender,
      disabilities: row.p_disabilities,
      acquired_strains: row.p_acquired_strains,
      support_needs: row.p_support_needs,
      phone: row.p_phone,
      email: row.p_email,
      cpr_encrypted: row.p_cpr_encrypted,
      user_id: row.p_user_id,
    },
    grant,
    cpr,
  );
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'course.read', {
      objectType: 'course',
      objectId: courseId,
      detail: { sensitive: participant.sensitive !== null },
    }),
  );
  return {
    course: {
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
    },
    participant,
    team: row.team,
    statusHistory: row.history.map((h) => ({
      status: h.status,
      effectiveDate: h.effective_date,
      reason: h.reason,
      changedAt: new Date(h.changed_at).toISOString(),
    })),
    myRole: grant.role,
    myPermissions: [...grant.permissions],
    myNoteVisibilities: [...readableVisibilities[grant.side]],
  };
}

/** Pause, resume or end a course; the history keeps every change. */
export async function changeCourseStatus(scope: Scope, courseId: string, input: StatusChange) {
  const grant = await requireCourse(scope, courseId, 'course.status.write');
  await scope.tx
    .updateTable('courses')
    .set({
      status: input.status,
      outcome_type: input.outcome?.type ?? null,
      outcome_date: input.outcome?.date ?? null,
    })
    .where('id', '=', courseId)
    .execute();
  await scope.tx
    .insertInto('course_status_history')
    .values({
      municipality_id: grant.municipalityId,
      course_id: courseId,
      status: input.status,
      effective_date: input.effectiveDate,
      reason: input.reason,
      changed_by: scope.actor.userId,
    })
    .execute();
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'course.status.change', {
      objectType: 'course',
      objectId: courseId,
      detail: { status: input.status },
    }),
  );
}

/** The actor's own courses with this month's attendance and what is due next. */
export async function getCaseload(scope: Scope, now = new Date()) {
  const day = today(now);
  const { first, last } = monthRange(day.slice(0, 7));
  const rows = await caseloadRows(scope.tx, scope.actor.userId, first, last);
  // Consent and role decide which of these the actor may list at all.
  const grants = await courseGrants(
    scope,
    rows.map((r) => r.id),
  );
  const visible = rows.filter((r) => grants.has(r.id));
  await audit(
    scope.tx,
    scope.actor,
    visible.map((r) => {
      const grant = grants.get(r.id);
      if (!grant) throw new Error('unreachable: filtered above');
      return auditFor(grant, 'caseload.read', { objectType: 'course', objectId: r.id });
    }),
  );
  return {
    items: visible.map((r) => ({
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
      nextDue: nextDue(
        { status: r.status, startDate: r.start_date, lastMeasuredOn: r.last_measured_on },
        day,
      ),
    })),
  };
}
