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
  /** A new young person and course referred to a partnership (the referral step). */
  'referral.create',
  'courseSteps.read',
  'courseSteps.record',
  'courseSteps.change',
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
  'efforts.read',
  'efforts.create',
  'efforts.update',
  /** An effort got its end date (its history stays). */
  'efforts.end',
  'network.read',
  'network.create',
  'network.update',
  /** A person was taken off the network map (the row is kept). */
  'network.remove',
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
  'meetings.read',
  'meetings.create',
  'meetings.update',
  'meetings.cancel',
  /** The meeting took place; detail counts who was present. */
  'meetings.held',
  'meetings.approve',
  /** The approved minutes were e-mailed (or written to the log directory, or failed); detail has the status. */
  'meetings.minutesSent',
  'tasks.create',
  'tasks.update',
  'tasks.done',
  /** Coordination formats: the partnership's templates (no personal data) and their use on a course. */
  'formats.read',
  'formats.create',
  'formats.change',
  'formats.history.read',
  'formats.course.read',
  'formats.apply',
  'formats.stop',
  /** Meetings a format planned on the course (detail: how many); by the daily job without an actor. */
  'formats.plan',
  'report.read',
  /** The named rows behind one of the partnership's figures (only courses the reader may see). */
  'report.rows.read',
  /** The rows behind a figure downloaded as CSV (detail: figure and count). */
  'report.export',
  /** The half-yearly report printed as PDF. */
  'report.print',
  /** The shared meeting overview showed this course's meetings (detail: period and count). */
  'meetings.overview.read',
  /** A calendar subscribed to the reader's feed fetched this course's meetings (detail: count). */
  'calendar.feed.read',
  /** The young person's own page read their meetings (next meetings, "Følte du dig hørt?"). */
  'meetings.own.read',
  /** The young person answered "Følte du dig hørt?" after a meeting. */
  'meetings.feltHeard.answer',
  /** The institution's company network and workplaces (no young person's data; contacts are company staff). */
  'companies.read',
  'companies.create',
  'companies.update',
  'workplaces.write',
  /** A municipality's cross-sectoral initiatives (no young person's data): created or changed. */
  'initiatives.create',
  'initiatives.update',
  /** Internship agreements (the seven questions), follow-ups, hand-over, the company mentor's observations. */
  'internships.read',
  'internships.create',
  'internships.update',
  'internships.end',
  'internships.handover',
  'internships.followUp',
  'internships.observe',
  'internships.pdf',
  /** Work trials (arbejdsprøvning) and work-efficiency assessments. */
  'workAssessment.read',
  'workTrials.create',
  'workTrials.update',
  'workEfficiency.create',
  /** Job agreements; the job centre's grant. */
  'job.read',
  'job.create',
  'job.update',
  /** Matching: the work profile, suggestions (for the young person, or them among others for a company's opening) and the decision on one. */
  'matching.read',
  'matching.profile',
  'matching.decide',
  'matching.opening',
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
