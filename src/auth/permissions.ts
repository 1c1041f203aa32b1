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
  'consents.read',
];

export const rolePermissions: Record<CourseRole, ReadonlySet<Permission>> = {
  youthCoordinator: new Set(permissions),
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
    'consents.read',
  ]),
  workshopMentor: new Set(staffWork),
  jobConsultant: new Set(staffWork),
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
  ]),
  participant: new Set<Permission>([
    'course.read',
    'attendance.read',
    'goals.read',
    'measurements.read',
    'measurements.ownScores',
    'statusLetters.read',
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
