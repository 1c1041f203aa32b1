/**
 * Every audit action, in one typed list: the young person's access log words each of them in
 * easy-read Danish and English (`words.ts`, typed by this list), so a new action without words does not compile.
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
  'statusLetters.read',
  'statusLetters.draft',
  'statusLetters.edit',
  'statusLetters.approve',
  'statusLetters.correct',
  'statusLetters.pdf',
  /** The caseworker opened an approved letter for the first time (recorded once). */
  'statusLetters.firstRead',
  'logbook.read',
  'measurements.read',
  'measurements.draft.read',
  'measurements.draft.write',
  'measurements.approve',
  'measurements.update',
  'measurements.history.read',
  'measurements.own.read',
  'measurements.own.write',
  'measurements.instrument.create',
  'report.read',
  'due.read',
  /** The work queue showed something the course owes (one row per course). */
  'workQueue.read',
  /** The daily job recorded reminders about a course for its coordinator or caseworker (no actor). */
  'reminders.record',
  /** Reminders about a course were listed for their recipient. */
  'notifications.read',
  'participant.import',
  'accessLog.read',
  'accessLog.export',
  'admin.read',
  'admin.organisation.create',
  'admin.user.create',
  'admin.membership.add',
  'admin.membership.remove',
  'admin.partnership.create',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The access log page shows the newest entries; the download has all of them. Pure: the web app reads it too. */
export const ACCESS_LOG_PAGE_ENTRIES = 200;
