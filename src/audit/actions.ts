/**
 * Every audit action, in one typed list: the young person's access log words each of them in
 * easy-read Danish (web i18n `accessLog.actions.*`), so a new action without words fails the tests.
 */
export const auditActions = [
  'auth.signIn',
  'auth.lockout',
  'caseload.read',
  /** A course request the access rules refused (outcome 'refused'); detail names the permission. */
  'course.access',
  'course.read',
  'course.status.change',
  'consents.read',
  'consent.give',
  'consent.narrow',
  'consent.withdraw',
  'journal.read',
  'journal.write',
  'attendance.read',
  'attendance.write',
  'attendance.delete',
  'goals.read',
  'goals.create',
  'goals.update',
  'goals.history.read',
  'report.read',
  'participant.import',
  'accessLog.read',
  'accessLog.export',
] as const;
export type AuditAction = (typeof auditActions)[number];
