/**
 * What each course role may do: the one table of course permissions. The server checks it for
 * every object (src/auth/access.ts); the route table names which permission each route needs.
 */
export const permissions = [
  'course.read',
  'participant.sensitive.read',
  'course.status.write',
  'journal.read',
  'journal.write',
  'attendance.read',
  'attendance.write',
  'goals.read',
  'goals.write',
  'measurements.read',
  /** Take, edit and approve measurements; open one for the young person's own scores. */
  'measurements.write',
  /** The young person gives their own scores to a measurement opened for it. */
  'measurements.ownScores',
  'statusLetters.read',
  /** Draft, edit, approve and correct status letters. */
  'statusLetters.write',
  /** Record the steps of the course workflow (referral, visit, start-up, evaluation…), DOMAIN.md "The course workflow". */
  'courseSteps.write',
  'efforts.read',
  /** Add, change and end parallel efforts beside the course. */
  'efforts.write',
  'network.read',
  /** Add, change and remove people in the young person's network. */
  'network.write',
  /** The course's meetings; a company mentor sees only the meetings they are invited to. */
  'meetings.read',
  /** Plan meetings, write and approve minutes, assign tasks. */
  'meetings.write',
  /** The young person answers "Følte du dig hørt?" after a meeting they took part in. */
  'meetings.feedback',
  /** Internship agreements, their follow-ups, hand-over and the company mentor's observations. */
  'internships.read',
  /** Make and change internship agreements, follow up, hand over daily contact. */
  'internships.write',
  /** The company mentor's short observations from the workplace. */
  'internships.observe',
  /** Work trials (arbejdsprøvning) and work-efficiency assessments. */
  'workAssessment.read',
  'workAssessment.write',
  /** Job agreements (the job centre grants them). */
  'job.read',
  'job.write',
  /** The young person's work profile and suggested companies; the decision on a suggestion. */
  'matching.read',
  'matching.write',
  'consents.read',
  'consents.write',
  'consents.withdraw',
  /** Who has read or changed the young person's data (GDPR art. 15): the young person and their coordinator. */
  'accessLog.read',
] as const;
export type Permission = (typeof permissions)[number];

export const courseRoles = [
  'youthCoordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
  'participant',
] as const;
export type CourseRole = (typeof courseRoles)[number];

const staffWork: Permission[] = [
  'course.read',
  'participant.sensitive.read',
  'journal.read',
  'journal.write',
  'attendance.read',
  'attendance.write',
  'goals.read',
  'goals.write',
  'measurements.read',
  'statusLetters.read',
  'efforts.read',
  'network.read',
  'meetings.read',
  'internships.read',
  'internships.observe',
  'workAssessment.read',
  'job.read',
  'matching.read',
  'consents.read',
];

export const rolePermissions: Record<CourseRole, ReadonlySet<Permission>> = {
  // Everything but speaking for the young person: whether they felt heard is theirs to answer.
  youthCoordinator: new Set(permissions.filter((p) => p !== 'meetings.feedback')),
  caseworker: new Set<Permission>([
    'course.read',
    'participant.sensitive.read',
    'course.status.write',
    'journal.read',
    'journal.write',
    'attendance.read',
    'goals.read',
    'goals.write',
    'measurements.read',
    'statusLetters.read',
    // The caseworker refers the course and grants offers across laws (DOMAIN.md glossary).
    'courseSteps.write',
    'efforts.read',
    'efforts.write',
    'network.read',
    'meetings.read',
    'meetings.write',
    'internships.read',
    // The work trial is the job centre's documentation; the job centre grants the job agreement.
    'workAssessment.read',
    'job.read',
    'job.write',
    'matching.read',
    'consents.read',
  ]),
  // The workshop mentor writes the work trial from their workplace, with the coordinator.
  workshopMentor: new Set<Permission>([...staffWork, 'workAssessment.write']),
  // The job consultant finds internships, agrees goals with the company, assesses work
  // efficiency and prepares the job agreement (DOMAIN.md glossary).
  jobConsultant: new Set<Permission>([
    ...staffWork,
    'meetings.write',
    'internships.write',
    'workAssessment.write',
    'job.write',
    'matching.write',
  ]),
  // A company mentor never receives CPR, disability or health fields (no sensitive.read).
  companyMentor: new Set<Permission>([
    'course.read',
    'journal.read',
    'journal.write',
    'attendance.read',
    'attendance.write',
    'goals.read',
    'measurements.read',
    'statusLetters.read',
    'efforts.read',
    'network.read',
    'meetings.read',
    'internships.read',
    'internships.observe',
    'workAssessment.read',
    'job.read',
  ]),
  participant: new Set<Permission>([
    'course.read',
    'attendance.read',
    'goals.read',
    'measurements.read',
    'measurements.ownScores',
    'statusLetters.read',
    'efforts.read',
    'network.read',
    'meetings.read',
    'meetings.feedback',
    'internships.read',
    'workAssessment.read',
    'job.read',
    'consents.read',
    'consents.withdraw',
    'accessLog.read',
  ]),
};

/** Which journal notes a reader sees, by which side of the partnership they sit on. */
export type Side = 'institution' | 'municipality' | 'company' | 'participant';
export const readableVisibilities: Record<Side, ReadonlyArray<'team' | 'professionals' | 'institution'>> = {
  institution: ['team', 'professionals', 'institution'],
  municipality: ['team', 'professionals'],
  company: ['team'],
  participant: ['team'],
};
