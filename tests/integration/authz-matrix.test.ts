import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarTokens } from '../../src/calendar/tokens.ts';
import { createOrganisation, createUser, giveConsent } from '../../src/demo/builders.ts';
import { insertMeeting } from '../../src/meetings/insert.ts';
import { templateTerms } from '../../src/partnerships/terms.ts';
import { Client, startTestServer, type TestServer } from '../support/server.ts';
import { type Principal, principals, usernameOf } from '../support/world.ts';

/**
 * The authorization matrix: every route in the app's route table × every principal (each role,
 * anonymous, a caseworker from another municipality, a company mentor whose consent was
 * withdrawn). Who may call each route is written out here by hand, route by route — never read
 * from the route's own declaration or the permission table under test. A route without a row fails
 * the build. Signed-in-only routes are also checked for what they return to each caller.
 */
type Who = Principal | 'anonymous';
const everyone: Who[] = ['anonymous', ...principals];
const signedIn: Who[] = [...principals];
const staff: Principal[] = ['coordinator', 'caseworker', 'workshopMentor', 'jobConsultant'];
/** Who changes the institution's company network (src/companies/access.ts). */
const networkWriters: Principal[] = ['coordinator', 'jobConsultant'];

interface Sample {
  path: string;
  body?: unknown;
  /** Changes say which version they change; `*` (any) here, since this is about access, not versions. */
  headers?: Record<string, string>;
}
const anyVersion = { 'if-match': '*' };
interface Ids {
  spareSessionOf: (who: Who) => string;
  course: string;
  leader: string;
  municipality: string;
  newMunicipality: string;
  newInstitution: string;
  partnership: string;
  goal: string;
  letter: string;
  /** The default form's newest version, a measurement (the latest) and, separately, an open draft. */
  instrument: string;
  measurement: string;
  /** A parallel effort and, per caller, a person in the network of their own to change or remove. */
  effort: string;
  networkMemberFor: (who: Who) => string;
  consentFor: (who: Who) => string;
  narrowFor: (who: Who) => string;
  dayFor: (who: Who) => string;
  /** A caseworker and a coordinator of the partnership who are on no one's caseload: a referral's team. */
  referralTeam: { caseworkerId: string; coordinatorId: string };
  /** Course meetings (and the partnership's own, `p*`) in the state each route needs. */
  meetings: MatrixMeetings;
  /** A partnership meeting of Testby; a held meeting the young person attended; a live calendar token. */
  partnershipMeeting: string;
  heldMeeting: string;
  calendarToken: string;
  /** The default coordination format, a partnership format, and per caller a format in use on the course to stop. */
  defaultFormat: string;
  format: string;
  courseFormatFor: (who: Who) => string;
  /** A reminder of each principal's own (the daily job's notifications). */
  notificationFor: (who: Who) => string;
  /** An internship agreement at the company mentor's own company (src/internships/). */
  internship: string;
  internshipCompany: string;
  /** Job (src/job/): a company of the course institution's network, a work trial and a job agreement there. */
  company: string;
  workTrial: string;
  jobAgreement: string;
  /** Matching: a company of Testby's network and an opening of it. */
  matchingCompany: string;
  matchingOpening: string;
  /** Companies: Testby's carpenter (also the job rows' company), a contact and an opening of it, and a workplace of the institution. */
  companyContact: string;
  companyOpening: string;
  workplace: string;
  /** Initiatives (src/initiatives/): one of Testby Kommune's. */
  initiative: string;
}
interface MatrixMeetings {
  /** Invites the workshop mentor, the company mentor and the young person; has a task the workshop mentor owns. */
  main: string;
  task: string;
  toCancel: string;
  toHold: string;
  /** Held: approved by the first allowed caller, a no-op for the rest. */
  toApprove: string;
  approved: string;
  pMain: string;
  pTask: string;
  pToCancel: string;
  pToHold: string;
  pToApprove: string;
  pApproved: string;
}
const matrixFormat = {
  name: 'Matrix',
  description: '',
  rules: [
    {
      id: 'first',
      kind: 'followUp',
      title: 'Matrix',
      timing: { anchor: 'asap', offset: { amount: 0, unit: 'days' } },
      time: '10:00',
      durationMinutes: 60,
      invitees: { roles: ['youthCoordinator'], youngPerson: true },
      agenda: [],
    },
  ],
};
/** The partnership agreement's terms as the model's template gives them (src/partnerships/terms.ts). */
const matrixTerms = templateTerms({
  intakeTarget: 40,
  closerShareTarget: 0.87,
  firstContactDays: 7,
  from: '2026-01-01',
});
interface Row {
  /** Who gets a 2xx; everyone else is refused (401 anonymous, 404 signed in). */
  allowed: readonly Who[];
  /** One valid request, so that an allowed caller gets a 2xx. */
  sample: (ids: Ids, who: Who) => Sample;
}

const matrix: Record<string, Row> = {
  'GET /api/health': { allowed: everyone, sample: () => ({ path: '/api/health' }) },
  'GET /api/openapi.json': { allowed: everyone, sample: () => ({ path: '/api/openapi.json' }) },
  'POST /api/auth/login': {
    allowed: everyone,
    sample: () => ({ path: '/api/auth/login', body: { username: 'leader', password: 'test-password' } }),
  },
  'POST /api/auth/logout': { allowed: signedIn, sample: () => ({ path: '/api/auth/logout' }) },
  'GET /api/auth/me': { allowed: signedIn, sample: () => ({ path: '/api/auth/me' }) },
  'GET /api/caseload': { allowed: signedIn, sample: () => ({ path: '/api/caseload' }) },
  // The actor's own work queue and reminders: everyone signed in has one (maybe empty), each cut per course.
  'GET /api/work-queue': { allowed: signedIn, sample: () => ({ path: '/api/work-queue?asOf=2026-03-20' }) },
  'GET /api/notifications': { allowed: signedIn, sample: () => ({ path: '/api/notifications' }) },
  'GET /api/notifications/unread': {
    allowed: signedIn,
    sample: () => ({ path: '/api/notifications/unread' }),
  },
  // Each marks a reminder of their own read.
  'POST /api/notifications/:id/read': {
    allowed: signedIn,
    sample: (ids, who) => ({ path: `/api/notifications/${ids.notificationFor(who)}/read` }),
  },
  'GET /api/reminder-settings': { allowed: signedIn, sample: () => ({ path: '/api/reminder-settings' }) },
  'PUT /api/reminder-settings': {
    allowed: signedIn,
    sample: () => ({ path: '/api/reminder-settings', body: { digestEmail: null }, headers: anyVersion }),
  },
  'GET /api/auth/sessions': { allowed: signedIn, sample: () => ({ path: '/api/auth/sessions' }) },
  'GET /api/auth/profile': { allowed: signedIn, sample: () => ({ path: '/api/auth/profile' }) },
  'PUT /api/auth/profile': {
    allowed: signedIn,
    sample: () => ({ path: '/api/auth/profile', body: { phone: '20 30 40 50' } }),
  },
  // Each ends a spare session of their own, signed in for this purpose.
  'POST /api/auth/sessions/:sessionId/end': {
    allowed: signedIn,
    sample: (ids, who) => ({ path: `/api/auth/sessions/${ids.spareSessionOf(who)}/end` }),
  },
  'GET /api/me/courses': { allowed: signedIn, sample: () => ({ path: '/api/me/courses' }) },
  'GET /api/partnerships': { allowed: signedIn, sample: () => ({ path: '/api/partnerships' }) },
  'GET /api/partnerships/:id/report': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/report?asOf=2026-01-01` }),
  },
  'GET /api/partnerships/:id/dashboard': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/dashboard?asOf=2026-01-01` }),
  },
  // Dashboard (issue 10 §2): the partnerships of the caller's development group side by side.
  'GET /api/partnerships/compare': {
    allowed: ['coordinator', 'caseworker', 'leader', 'otherCaseworker'],
    sample: () => ({ path: '/api/partnerships/compare?asOf=2026-01-01' }),
  },
  // The partnership agreement (src/partnerships/): the development group reads it, the parties'
  // leaders change and approve it. Version 1 exists; approving runs before the change (route order),
  // so version 1 is still the newest when the leader approves it.
  'GET /api/partnerships/:id/agreement': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/agreement` }),
  },
  'GET /api/partnerships/:id/agreement/versions/:version': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/agreement/versions/1` }),
  },
  'GET /api/partnerships/:id/agreement/compare': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/agreement/compare?from=1&to=1` }),
  },
  'POST /api/partnerships/:id/agreement/versions/:version/approve': {
    allowed: ['leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/agreement/versions/1/approve` }),
  },
  'PUT /api/partnerships/:id/agreement': {
    allowed: ['leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/agreement`,
      body: { terms: matrixTerms, changeNote: 'Matrix' },
      headers: anyVersion,
    }),
  },
  // What the courses owe: the same readers as the report.
  'GET /api/partnerships/:id/due': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/due?asOf=2026-01-01` }),
  },
  'GET /api/courses/:courseId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}` }),
  },
  'POST /api/courses/:courseId/status': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status`,
      body: { status: 'active', effectiveDate: '2026-01-05' },
      headers: anyVersion,
    }),
  },
  // A referral: a caseworker or coordinator of one of the partnership's parties; the options list is
  // for every signed-in user (empty for those who may refer to no partnership).
  'GET /api/referrals/options': { allowed: signedIn, sample: () => ({ path: '/api/referrals/options' }) },
  'POST /api/referrals': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: '/api/referrals',
      body: {
        partnershipId: ids.partnership,
        participant: { givenName: 'Matrix', familyName: 'Henvist', birthDate: '2004-02-03', gender: 'other' },
        referralDate: '2026-01-05',
        planSummary: 'Matrix',
        grantedMonths: null,
        package: '',
        ...ids.referralTeam,
      },
    }),
  },
  // The workflow's steps are the course's administration: never a company.
  'GET /api/courses/:courseId/steps': {
    allowed: [...staff, 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/steps` }),
  },
  'PUT /api/courses/:courseId/steps/:kind': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/steps/referral`,
      body: { kind: 'referral', date: '2025-01-06', planSummary: 'Matrix', grantedMonths: 36, package: '' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/consents': {
    allowed: [...staff, 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/consents` }),
  },
  'POST /api/courses/:courseId/consents': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/consents`,
      body: { purpose: 'statistics', givenOn: '2025-02-01' },
    }),
  },
  'POST /api/courses/:courseId/consents/:consentId/withdraw': {
    allowed: ['coordinator', 'participant'],
    sample: (ids, who) => ({ path: `/api/courses/${ids.course}/consents/${ids.consentFor(who)}/withdraw` }),
  },
  'POST /api/courses/:courseId/consents/:consentId/narrow': {
    allowed: ['coordinator', 'participant'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/consents/${ids.narrowFor(who)}/narrow`,
      body: { categories: ['contact'] },
    }),
  },
  'GET /api/courses/:courseId/consent-recipients': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/consent-recipients` }),
  },
  'GET /api/courses/:courseId/journal': {
    allowed: [...staff, 'companyMentor'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/journal` }),
  },
  'POST /api/courses/:courseId/journal': {
    allowed: [...staff, 'companyMentor'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/journal`,
      body: { date: '2025-03-03', body: 'Matrix note', visibility: 'team' },
    }),
  },
  'GET /api/courses/:courseId/attendance': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/attendance?month=2025-03` }),
  },
  'PUT /api/courses/:courseId/attendance/:day': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
      body: { status: 'present', hours: 6 },
    }),
  },
  // Each deletes the day they registered themselves just before (PUT runs first).
  'DELETE /api/courses/:courseId/attendance/:day': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/goals': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/goals` }),
  },
  'POST /api/courses/:courseId/goals': {
    allowed: staff,
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/goals`,
      body: { area: 'employmentEducation', title: 'Matrix goal' },
    }),
  },
  'PATCH /api/courses/:courseId/goals/:goalId': {
    allowed: staff,
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/goals/${ids.goal}`,
      body: { status: 'active' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/goals/:goalId/history': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/goals/${ids.goal}/history` }),
  },
  // Parallel efforts: the whole team, the young person and a consenting company read; coordinator and caseworker write.
  'GET /api/courses/:courseId/efforts': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/efforts` }),
  },
  'POST /api/courses/:courseId/efforts': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/efforts`,
      body: { kind: 'education', provider: 'Matrix VUC', startsOn: '2025-02-01', legalBasis: 'educationLaw' },
    }),
  },
  'PATCH /api/courses/:courseId/efforts/:effortId': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/efforts/${ids.effort}`,
      body: { note: 'Matrix' },
      headers: anyVersion,
    }),
  },
  // Internships (src/internships/): the team, the young person and the consenting company read;
  // the coordinator and the job consultant write; staff and the company mentor observe.
  'GET /api/courses/:courseId/internships': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/internships` }),
  },
  'POST /api/courses/:courseId/internships': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships`,
      body: { companyId: ids.internshipCompany, startsOn: '2025-09-01', purpose: 'Matrix' },
    }),
  },
  'GET /api/courses/:courseId/internships/choices': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/internships/choices` }),
  },
  'GET /api/courses/:courseId/internships/:internshipId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/internships/${ids.internship}` }),
  },
  'PATCH /api/courses/:courseId/internships/:internshipId': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships/${ids.internship}`,
      body: { place: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/internships/:internshipId/end': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships/${ids.internship}/end`,
      body: { endsOn: '2025-12-19', reason: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/internships/:internshipId/follow-ups': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships/${ids.internship}/follow-ups`,
      body: { heldOn: '2025-09-15', note: 'Matrix' },
    }),
  },
  'POST /api/courses/:courseId/internships/:internshipId/handovers': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships/${ids.internship}/handovers`,
      body: { dailyContact: 'shared', effectiveOn: '2025-09-15' },
    }),
  },
  'POST /api/courses/:courseId/internships/:internshipId/observations': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/internships/${ids.internship}/observations`,
      body: { text: 'Matrix' },
    }),
  },
  'GET /api/courses/:courseId/internships/:internshipId/pdf': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/internships/${ids.internship}/pdf` }),
  },
  // The company mentor's own page: everyone signed in has one (maybe empty), each cut per course.
  'GET /api/me/internships': { allowed: signedIn, sample: () => ({ path: '/api/me/internships' }) },
  // The network: the same readers; only the coordinator keeps it.
  'GET /api/courses/:courseId/network': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/network` }),
  },
  'POST /api/courses/:courseId/network': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/network`,
      body: { name: 'Matrix', relation: 'friend', sphere: 'private', closeness: 'close' },
    }),
  },
  'PATCH /api/courses/:courseId/network/:memberId': {
    allowed: ['coordinator'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/network/${ids.networkMemberFor(who)}`,
      body: { courseRole: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'DELETE /api/courses/:courseId/network/:memberId': {
    allowed: ['coordinator'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/network/${ids.networkMemberFor(who)}`,
      headers: anyVersion,
    }),
  },
  // Status letters: the coordinator writes; the team, the young person and a consenting company read.
  'GET /api/courses/:courseId/status-letters': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters` }),
  },
  'POST /api/courses/:courseId/status-letters/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/draft` }),
  },
  'PATCH /api/courses/:courseId/status-letters/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status-letters/draft`,
      body: { texts: { goals: 'Matrix' } },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/status-letters/draft/approve': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status-letters/draft/approve`,
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/status-letters/:letterId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}` }),
  },
  'POST /api/courses/:courseId/status-letters/:letterId/correction': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}/correction` }),
  },
  'GET /api/courses/:courseId/status-letters/:letterId/pdf': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}/pdf` }),
  },
  'GET /api/courses/:courseId/logbook': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/logbook` }),
  },
  'GET /api/courses/:courseId/measurements': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements` }),
  },
  // Drafts are for those who take measurements: the coordinator.
  'GET /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft` }),
  },
  'PUT /api/courses/:courseId/measurements/:measurementId': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/${ids.measurement}`,
      body: { entries: { motivation: { professional: 4 } } },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/measurements/:measurementId/history': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/${ids.measurement}/history` }),
  },
  // The young person's answers; the coordinator holds every permission and fills in the same draft anyway.
  'GET /api/courses/:courseId/measurements/own': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/own` }),
  },
  'PUT /api/courses/:courseId/measurements/own': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/own`,
      body: { scores: { motivation: 3 } },
      headers: anyVersion,
    }),
  },
  // Approves the draft opened before the matrix runs; the next rows start, change and discard another.
  'POST /api/courses/:courseId/measurements/draft/approve': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft/approve`, headers: anyVersion }),
  },
  'POST /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/draft`,
      body: { instrumentId: ids.instrument, measuredOn: '2025-06-02' },
    }),
  },
  'PATCH /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/draft`,
      body: { entries: { knowledge: { professional: 2 } } },
      headers: anyVersion,
    }),
  },
  'DELETE /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft`, headers: anyVersion }),
  },
  // The partnership's own instruments: a youth coordinator of one of its courses.
  'POST /api/courses/:courseId/instruments': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/instruments`,
      body: {
        key: 'matrixTool',
        definition: {
          name: { da: 'Matrix', en: 'Matrix' },
          dimensions: [{ key: 'one', label: { da: 'En', en: 'One' }, question: { da: 'En?', en: 'One?' } }],
          scale: { min: 1, max: 2 },
          steps: { 1: { da: 'Nej', en: 'No' }, 2: { da: 'Ja', en: 'Yes' } },
        },
      },
    }),
  },
  'GET /api/courses/:courseId/access-log': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/access-log` }),
  },
  // Meetings: the team reads (a company mentor and the young person only those they are invited to);
  // the coordinator, the caseworker and the job consultant plan, hold and approve.
  'GET /api/courses/:courseId/meetings': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/meetings` }),
  },
  'POST /api/courses/:courseId/meetings': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings`,
      body: { kind: 'followUp', date: '2026-05-04', startTime: '10:00', endTime: '11:00' },
    }),
  },
  'GET /api/courses/:courseId/meetings/:meetingId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/meetings/${ids.meetings.main}` }),
  },
  'PATCH /api/courses/:courseId/meetings/:meetingId': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.main}`,
      body: { place: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/meetings/:meetingId/cancel': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.toCancel}/cancel`,
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/meetings/:meetingId/held': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.toHold}/held`,
      body: { present: [] },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/meetings/:meetingId/approve': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.toApprove}/approve`,
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/meetings/:meetingId/send-minutes': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/meetings/${ids.meetings.approved}/send-minutes` }),
  },
  'POST /api/courses/:courseId/meetings/:meetingId/tasks': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.main}/tasks`,
      body: { title: 'Matrix task' },
    }),
  },
  // Marking a task done: those who write meetings, and its owner (the workshop mentor here).
  'PATCH /api/courses/:courseId/meetings/:meetingId/tasks/:taskId': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant', 'workshopMentor'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/meetings/${ids.meetings.main}/tasks/${ids.meetings.task}`,
      body: { done: true },
      headers: anyVersion,
    }),
  },
  // The partnership's own meetings: its development group (the report's readers).
  'GET /api/partnerships/:id/meetings': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/meetings` }),
  },
  'POST /api/partnerships/:id/meetings': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings`,
      body: { kind: 'developmentGroup', date: '2026-05-04', startTime: '13:00', endTime: '15:00' },
    }),
  },
  'GET /api/partnerships/:id/meetings/:meetingId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pMain}` }),
  },
  'PATCH /api/partnerships/:id/meetings/:meetingId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pMain}`,
      body: { place: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'POST /api/partnerships/:id/meetings/:meetingId/cancel': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pToCancel}/cancel`,
      headers: anyVersion,
    }),
  },
  'POST /api/partnerships/:id/meetings/:meetingId/held': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pToHold}/held`,
      body: { present: [] },
      headers: anyVersion,
    }),
  },
  'POST /api/partnerships/:id/meetings/:meetingId/approve': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pToApprove}/approve`,
      headers: anyVersion,
    }),
  },
  'POST /api/partnerships/:id/meetings/:meetingId/send-minutes': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pApproved}/send-minutes`,
    }),
  },
  'POST /api/partnerships/:id/meetings/:meetingId/tasks': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pMain}/tasks`,
      body: { title: 'Matrix task' },
    }),
  },
  'PATCH /api/partnerships/:id/meetings/:meetingId/tasks/:taskId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/meetings/${ids.meetings.pMain}/tasks/${ids.meetings.pTask}`,
      body: { done: true },
      headers: anyVersion,
    }),
  },
  'GET /api/admin': { allowed: ['administrator'], sample: () => ({ path: '/api/admin' }) },
  'POST /api/admin/organisations': {
    allowed: ['administrator'],
    sample: () => ({
      path: '/api/admin/organisations',
      body: { kind: 'company', name: 'Matrix Snedker ApS' },
    }),
  },
  'POST /api/admin/users': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: '/api/admin/users',
      body: {
        username: 'matrixuser',
        displayName: 'Matrix',
        organisationId: ids.municipality,
        role: 'leader',
      },
    }),
  },
  'POST /api/admin/users/:userId/memberships': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: `/api/admin/users/${ids.leader}/memberships`,
      body: { organisationId: ids.municipality, role: 'leader' },
    }),
  },
  // Runs after the route above: removes what it added.
  'POST /api/admin/users/:userId/memberships/remove': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: `/api/admin/users/${ids.leader}/memberships/remove`,
      body: { organisationId: ids.municipality, role: 'leader' },
    }),
  },
  'POST /api/admin/partnerships': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: '/api/admin/partnerships',
      body: { name: 'Matrix', municipalityId: ids.newMunicipality, institutionId: ids.newInstitution },
    }),
  },
  // The shared meeting overview: anyone signed in; what each sees is decided per meeting (src/overview/).
  'GET /api/meetings': {
    allowed: signedIn,
    sample: () => ({ path: '/api/meetings?from=2026-01-01&to=2026-01-31' }),
  },
  // A partnership meeting: its development group only (leaders, coordinators and caseworkers of Testby).
  'GET /api/partnership-meetings/:meetingId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnership-meetings/${ids.partnershipMeeting}` }),
  },
  // Each person's own calendar-feed address.
  'GET /api/calendar-feed': { allowed: signedIn, sample: () => ({ path: '/api/calendar-feed' }) },
  'PUT /api/calendar-feed': { allowed: signedIn, sample: () => ({ path: '/api/calendar-feed' }) },
  'POST /api/calendar-feed/revoke': {
    allowed: signedIn,
    sample: () => ({ path: '/api/calendar-feed/revoke' }),
  },
  // The feed itself: the token is the credential, whoever holds it (a calendar server has no session).
  'GET /api/calendar/:token.ics': {
    allowed: everyone,
    sample: (ids) => ({ path: `/api/calendar/${ids.calendarToken}.ics` }),
  },
  // "Følte du dig hørt?" and "Mine næste møder": the young person's own, and no one else's.
  'GET /api/courses/:courseId/own-meetings': {
    allowed: ['participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/own-meetings` }),
  },
  'POST /api/courses/:courseId/own-meetings/:meetingId/felt-heard': {
    allowed: ['participant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/own-meetings/${ids.heldMeeting}/felt-heard`,
      body: { answer: 'yes' },
    }),
  },
  'GET /api/courses/:courseId/access-log.csv': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/access-log.csv` }),
  },
  // Coordination formats: the partnership's development group (the report's readers) edits them.
  'GET /api/partnerships/:id/formats': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/formats` }),
  },
  'POST /api/partnerships/:id/formats': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/formats`, body: matrixFormat }),
  },
  'GET /api/partnerships/:id/formats/:formatId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/formats/${ids.format}` }),
  },
  'PUT /api/partnerships/:id/formats/:formatId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/formats/${ids.format}`,
      body: matrixFormat,
      headers: anyVersion,
    }),
  },
  'GET /api/partnerships/:id/formats/:formatId/history': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/formats/${ids.format}/history` }),
  },
  // On a course: everyone who reads its meetings sees the format in use; those who plan meetings apply it.
  'GET /api/courses/:courseId/formats': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/formats` }),
  },
  'POST /api/courses/:courseId/formats': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/formats`, body: { formatId: ids.defaultFormat } }),
  },
  // Each stops a use of its own, so one stop cannot alter another's answer.
  'POST /api/courses/:courseId/formats/:courseFormatId/stop': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/formats/${ids.courseFormatFor(who)}/stop`,
      headers: anyVersion,
    }),
  },
  // Job (src/job/): the work trial and work efficiency (workAssessment), the job agreement (job).
  // What the forms choose from (the institution's network): for those who write, never a company or the young person.
  'GET /api/courses/:courseId/work-options': {
    allowed: [...staff],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/work-options` }),
  },
  'GET /api/courses/:courseId/work-trials': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/work-trials` }),
  },
  'POST /api/courses/:courseId/work-trials': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/work-trials`,
      body: { fromDate: '2025-03-03', companyId: ids.company },
    }),
  },
  'PATCH /api/courses/:courseId/work-trials/:trialId': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/work-trials/${ids.workTrial}`,
      body: { whatWorked: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/work-efficiency': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/work-efficiency` }),
  },
  'POST /api/courses/:courseId/work-efficiency': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/work-efficiency`,
      body: { assessedOn: '2025-05-01', percent: 30, hoursPerWeek: 12, companyId: ids.company },
    }),
  },
  'GET /api/courses/:courseId/job-agreements': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/job-agreements` }),
  },
  'POST /api/courses/:courseId/job-agreements': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/job-agreements`,
      body: { type: 'ordinaryJob', companyId: ids.company, hoursPerWeek: 30 },
    }),
  },
  'PATCH /api/courses/:courseId/job-agreements/:agreementId': {
    allowed: ['coordinator', 'caseworker', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/job-agreements/${ids.jobAgreement}`,
      body: { support: 'Matrix' },
      headers: anyVersion,
    }),
  },
  // Matching (src/matching/): staff read (the caseworker by the internship consent); the coordinator and
  // the job consultant write; never a company, never the young person. An opening's suggestions: the network's readers.
  'GET /api/courses/:courseId/matching/profile': {
    allowed: staff,
    sample: (ids) => ({ path: `/api/courses/${ids.course}/matching/profile` }),
  },
  'PUT /api/courses/:courseId/matching/profile': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/matching/profile`,
      body: { workFunctions: ['kitchen'], industries: ['food'], supportLevel: 'medium' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/matching/suggestions': {
    allowed: staff,
    sample: (ids) => ({ path: `/api/courses/${ids.course}/matching/suggestions` }),
  },
  'GET /api/courses/:courseId/matching/decisions': {
    allowed: staff,
    sample: (ids) => ({ path: `/api/courses/${ids.course}/matching/decisions` }),
  },
  'POST /api/courses/:courseId/matching/decisions': {
    allowed: ['coordinator', 'jobConsultant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/matching/decisions`,
      body: { companyId: ids.matchingCompany, reason: 'Matrix' },
    }),
  },
  'GET /api/companies/:companyId/openings/:openingId/suggestions': {
    allowed: [...staff, 'leader'],
    sample: (ids) => ({
      path: `/api/companies/${ids.matchingCompany}/openings/${ids.matchingOpening}/suggestions`,
    }),
  },
  // Companies (the company network, src/companies/): the institution's staff and the partnership's
  // caseworker and leader read; coordinators and job consultants write; Andenby's caseworker reads
  // only Andenby's network; a company mentor never sees any network.
  'GET /api/companies': {
    allowed: [...staff, 'leader', 'otherCaseworker'],
    sample: () => ({ path: '/api/companies?industry=crafts' }),
  },
  'POST /api/companies': {
    allowed: networkWriters,
    sample: (_ids, who) => ({
      path: '/api/companies',
      body: { name: `Matrix ${who} ApS`, industry: 'crafts' },
    }),
  },
  'GET /api/companies/:companyId': {
    allowed: [...staff, 'leader'],
    sample: (ids) => ({ path: `/api/companies/${ids.company}` }),
  },
  'PATCH /api/companies/:companyId': {
    allowed: networkWriters,
    sample: (ids) => ({
      path: `/api/companies/${ids.company}`,
      body: { notes: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'POST /api/companies/:companyId/contacts': {
    allowed: networkWriters,
    sample: (ids) => ({ path: `/api/companies/${ids.company}/contacts`, body: { name: 'Matrix Kontakt' } }),
  },
  'PATCH /api/companies/:companyId/contacts/:contactId': {
    allowed: networkWriters,
    sample: (ids) => ({
      path: `/api/companies/${ids.company}/contacts/${ids.companyContact}`,
      body: { title: 'Matrix' },
    }),
  },
  'POST /api/companies/:companyId/contacts/:contactId/remove': {
    allowed: networkWriters,
    sample: (ids) => ({ path: `/api/companies/${ids.company}/contacts/${ids.companyContact}/remove` }),
  },
  'POST /api/companies/:companyId/capacity': {
    allowed: networkWriters,
    sample: (ids) => ({
      path: `/api/companies/${ids.company}/capacity`,
      body: { assessedOn: '2026-01-05', level: 'medium', reasons: 'Matrix' },
    }),
  },
  'POST /api/companies/:companyId/openings': {
    allowed: networkWriters,
    sample: (ids) => ({ path: `/api/companies/${ids.company}/openings`, body: { title: 'Matrix' } }),
  },
  'PATCH /api/companies/:companyId/openings/:openingId': {
    allowed: networkWriters,
    sample: (ids) => ({
      path: `/api/companies/${ids.company}/openings/${ids.companyOpening}`,
      body: { note: 'Matrix' },
      headers: anyVersion,
    }),
  },
  'GET /api/workplaces': {
    allowed: [...staff, 'leader', 'otherCaseworker'],
    sample: () => ({ path: '/api/workplaces' }),
  },
  'POST /api/workplaces': {
    allowed: networkWriters,
    sample: (_ids, who) => ({ path: '/api/workplaces', body: { name: `Matrix ${who}` } }),
  },
  'PATCH /api/workplaces/:workplaceId': {
    allowed: networkWriters,
    sample: (ids) => ({
      path: `/api/workplaces/${ids.workplace}`,
      body: { description: 'Matrix' },
      headers: anyVersion,
    }),
  },
  // Report exports (src/reports/export-routes.ts): the report's readers; the rows are cut per course inside.
  'GET /api/partnerships/:id/figures/:figure': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/figures/byGender?asOf=2026-01-01&key=female`,
    }),
  },
  'GET /api/partnerships/:id/figures/:figure/export': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({
      path: `/api/partnerships/${ids.partnership}/figures/inStatistics/export?asOf=2026-01-01`,
    }),
  },
  'GET /api/partnerships/:id/dashboard/export': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/dashboard/export?asOf=2026-01-01` }),
  },
  'GET /api/partnerships/:id/report.pdf': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/report.pdf?asOf=2026-01-01` }),
  },
  // Initiatives (src/initiatives/): the municipality's development-group staff and the development
  // group of an institution in partnership with it read; the municipality's leaders and caseworkers
  // write (each caseworker creates in their own municipality). The institution's leader reads only.
  'GET /api/initiatives': {
    allowed: ['coordinator', 'caseworker', 'leader', 'otherCaseworker'],
    sample: () => ({ path: '/api/initiatives' }),
  },
  'POST /api/initiatives': {
    allowed: ['caseworker', 'otherCaseworker'],
    sample: () => ({ path: '/api/initiatives', body: { area: 'Matrix', theme: 'Matrix' } }),
  },
  'GET /api/initiatives/:initiativeId': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/initiatives/${ids.initiative}` }),
  },
  'PUT /api/initiatives/:initiativeId': {
    allowed: ['caseworker'],
    sample: (ids) => ({
      path: `/api/initiatives/${ids.initiative}`,
      body: { area: 'Matrix', theme: 'Matrix' },
      headers: anyVersion,
    }),
  },
};

/** The meetings the matrix's meeting rows act on, planned as the coordinator and the leader would. */
async function matrixMeetings(server: TestServer): Promise<MatrixMeetings> {
  const { world } = server;
  const coordinator = await Client.signIn(server.baseUrl, usernameOf.coordinator);
  const leader = await Client.signIn(server.baseUrl, usernameOf.leader);
  const any = { 'if-match': '*' };
  const setUp = async (client: Client, base: string, body: Record<string, unknown>) => {
    const plan = (extra: Record<string, unknown> = {}) =>
      client
        .request('POST', base, {
          date: '2026-04-06',
          startTime: '09:00',
          endTime: '10:00',
          ...body,
          ...extra,
        })
        .then((r) => r.body.meeting.id as string);
    const held = async () => {
      const id = await plan();
      await client.request('POST', `${base}/${id}/held`, { present: [] }, any);
      return id;
    };
    const main = await plan({
      invitees: base.includes('/courses/')
        ? [
            { kind: 'user', userId: world.users.workshopMentor },
            { kind: 'user', userId: world.users.companyMentor },
            { kind: 'youngPerson' },
          ]
        : [{ kind: 'user', userId: world.users.caseworker }],
    });
    const task = (
      await client.request('POST', `${base}/${main}/tasks`, {
        title: 'Matrix',
        ownerId: base.includes('/courses/') ? world.users.workshopMentor : world.users.leader,
      })
    ).body.task.id as string;
    const approved = await held();
    await client.request('POST', `${base}/${approved}/approve`, undefined, any);
    return { main, task, toCancel: await plan(), toHold: await plan(), toApprove: await held(), approved };
  };
  const course = await setUp(coordinator, `/api/courses/${world.courseA.courseId}/meetings`, {
    kind: 'status',
  });
  const own = await setUp(leader, `/api/partnerships/${world.partnership}/meetings`, {
    kind: 'developmentGroup',
  });
  return {
    ...course,
    pMain: own.main,
    pTask: own.task,
    pToCancel: own.toCancel,
    pToHold: own.toHold,
    pToApprove: own.toApprove,
    pApproved: own.approved,
  };
}

let server: TestServer;
let ids: Ids;
const clients = new Map<Who, Client>();

beforeAll(async () => {
  server = await startTestServer();
  const { world, database } = server;
  const coordinator = await Client.signIn(server.baseUrl, usernameOf.coordinator);
  const created = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/goals`, {
    area: 'employmentEducation',
    title: 'Matrix',
  });
  // An approved letter to read, print and correct.
  const letters = `/api/courses/${world.courseA.courseId}/status-letters`;
  await coordinator.request('POST', `${letters}/draft`);
  const approved = await coordinator.request('POST', `${letters}/draft/approve`, undefined, {
    'if-match': '*',
  });
  const measurementsUrl = `/api/courses/${world.courseA.courseId}/measurements`;
  const instrument = (await coordinator.request('GET', measurementsUrl)).body.instruments.find(
    (i: { isDefault: boolean; version: number }) => i.isDefault && i.version === 2,
  ).id;
  const anyVersionOf = { 'if-match': '*' };
  const takeDraft = async (entries: unknown, openForParticipant: boolean) => {
    await coordinator.request('POST', `${measurementsUrl}/draft`, {
      instrumentId: instrument,
      measuredOn: '2025-03-03',
    });
    await coordinator.request(
      'PATCH',
      `${measurementsUrl}/draft`,
      { entries, openForParticipant },
      anyVersionOf,
    );
  };
  await takeDraft({ motivation: { professional: 2 } }, false);
  const measurement = (
    await coordinator.request('POST', `${measurementsUrl}/draft/approve`, undefined, anyVersionOf)
  ).body.measurement.id;
  await takeDraft({ motivation: { professional: 3 } }, true);
  // Each principal withdraws and narrows consents of its own, so one change cannot alter another's answer.
  const elsewhere = await createOrganisation(database.db, 'company', 'Matrix Værksted ApS');
  const meetingOf = (courseId: string | null, kind: 'developmentGroup' | 'startUp') =>
    insertMeeting(database.db, {
      courseId,
      kind,
      municipalityId: world.organisations.municipality,
      partnershipId: world.partnership,
      startsAt: new Date('2026-01-05T09:00:00Z'),
      endsAt: new Date('2026-01-05T10:00:00Z'),
      agenda: [],
      invitees: [{ kind: 'youngPerson' }],
      createdBy: world.users.coordinator,
    });
  const partnershipMeeting = (await meetingOf(null, 'developmentGroup')).id;
  const heldMeeting = (await meetingOf(world.courseA.courseId, 'startUp')).id;
  await database.db.updateTable('meetings').set({ status: 'held' }).where('id', '=', heldMeeting).execute();
  await database.db
    .updateTable('meeting_participants')
    .set({ present: true })
    .where('meeting_id', '=', heldMeeting)
    .execute();
  // The feed's owner is someone outside the matrix, so the matrix's own PUT and revoke leave it alone.
  const feedOwner = await createUser(database.db, {
    username: 'matrixfeed',
    displayName: 'Matrix',
    password: 'test-password',
    organisationId: world.organisations.institution,
    role: 'youthCoordinator',
  });
  const { token: calendarToken } = await calendarTokens(database.db).rotate(feedOwner);
  const consents = new Map<Who, string>();
  const narrowable = new Map<Who, string>();
  for (const who of everyone) {
    const base = {
      participantId: world.courseA.participantId,
      municipalityId: world.organisations.municipality,
      givenOn: '2025-01-06',
    };
    consents.set(who, await giveConsent(database.db, { ...base, purpose: 'statistics' }));
    narrowable.set(
      who,
      await giveConsent(database.db, {
        ...base,
        purpose: 'shareWithCompany',
        recipientOrganisationId: elsewhere,
        categories: ['contact', 'goals'],
      }),
    );
  }
  const workTrial = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/work-trials`, {
    fromDate: '2025-03-03',
    companyId: world.organisations.company,
  });
  const jobAgreement = await coordinator.request(
    'POST',
    `/api/courses/${world.courseA.courseId}/job-agreements`,
    { type: 'flexJob', companyId: world.organisations.company, hoursPerWeek: 20 },
  );
  const effort = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/efforts`, {
    kind: 'housingSupport',
    provider: 'Matrix Bostøtte',
    startsOn: '2025-02-01',
    legalBasis: 'sel',
  });
  const members = new Map<Who, string>();
  for (const who of everyone) {
    const added = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/network`, {
      name: `Matrix ${who}`,
      relation: 'friend',
      sphere: 'private',
      closeness: 'close',
    });
    members.set(who, added.body.member.id);
  }
  const days = new Map<Who, string>(
    everyone.map((who, i) => [who, `2025-02-${String(3 + i).padStart(2, '0')}`]),
  );
  const meetings = await matrixMeetings(server);
  // The partnership agreement's first version, to read, compare and approve.
  await database.db
    .insertInto('partnership_agreements')
    .values({ partnership_id: world.partnership, version: 1, terms: JSON.stringify(matrixTerms) })
    .execute();
  // Coordination formats: the default, one to read and change, and per caller one in use to stop.
  const formatsUrl = `/api/partnerships/${world.partnership}/formats`;
  const defaultFormat = (await coordinator.request('GET', formatsUrl)).body.formats[0].id;
  const format = (await coordinator.request('POST', formatsUrl, matrixFormat)).body.format.id;
  const courseFormats = new Map<Who, string>();
  for (const who of everyone) {
    const own = (await coordinator.request('POST', formatsUrl, { ...matrixFormat, name: `Matrix ${who}` }))
      .body.format.id;
    const applied = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/formats`, {
      formatId: own,
    });
    courseFormats.set(who, applied.body.courseFormat.id);
  }
  const notifications = new Map<Who, string>();
  for (const who of principals) {
    const row = await database.db
      .insertInto('notifications')
      .values({
        user_id: world.users[who],
        municipality_id: world.organisations.municipality,
        kind: 'task',
        course_id: world.courseA.courseId,
        subject_ref: `task:matrix-${who}`,
        due_on: '2026-03-20',
        overdue: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    notifications.set(who, row.id);
  }
  const spare = new Map<Who, string>();
  for (const who of principals) {
    const client = await Client.signIn(server.baseUrl, usernameOf[who]);
    const cookie = decodeURIComponent((client.cookie ?? '').split('=')[1] ?? '');
    spare.set(who, createHash('sha256').update(cookie).digest('hex').slice(0, 16));
  }
  const internship = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/internships`, {
    companyId: world.organisations.company,
    startsOn: '2025-09-01',
    purpose: 'Matrix',
  });
  const companyUrl = `/api/companies/${world.organisations.company}`;
  const companyContact = (await coordinator.request('POST', `${companyUrl}/contacts`, { name: 'Matrix' }))
    .body.contact.id;
  const companyOpening = (await coordinator.request('POST', `${companyUrl}/openings`, { title: 'Matrix' }))
    .body.opening.id;
  const workplace = (await coordinator.request('POST', '/api/workplaces', { name: 'Matrix' })).body.workplace
    .id;
  const initiative = (
    await (
      await Client.signIn(server.baseUrl, usernameOf.caseworker)
    ).request('POST', '/api/initiatives', {
      area: 'Matrix',
      theme: 'Matrix',
    })
  ).body.initiative.id;
  ids = {
    company: world.organisations.company,
    companyContact,
    companyOpening,
    workplace,
    initiative,
    spareSessionOf: (who) => spare.get(who) ?? '0000000000000000',
    course: world.courseA.courseId,
    leader: world.users.leader,
    municipality: world.organisations.municipality,
    // Parties nobody works for: a new partnership between them changes no one's list.
    newMunicipality: await createOrganisation(database.db, 'municipality', 'Matrix Kommune'),
    newInstitution: await createOrganisation(database.db, 'institution', 'Matrix Skole'),
    partnership: world.partnership,
    goal: created.body.goal.id,
    letter: approved.body.letter.id,
    instrument,
    measurement,
    effort: effort.body.effort.id,
    networkMemberFor: (who) => members.get(who) ?? '',
    consentFor: (who) => consents.get(who) ?? '',
    narrowFor: (who) => narrowable.get(who) ?? '',
    dayFor: (who) => days.get(who) ?? '',
    referralTeam: {
      caseworkerId: await createUser(database.db, {
        username: 'matrixcaseworker',
        displayName: 'Matrix',
        password: 'unused-password',
        organisationId: world.organisations.municipality,
        role: 'caseworker',
      }),
      coordinatorId: await createUser(database.db, {
        username: 'matrixcoordinator',
        displayName: 'Matrix',
        password: 'unused-password',
        organisationId: world.organisations.institution,
        role: 'youthCoordinator',
      }),
    },
    meetings,
    partnershipMeeting,
    heldMeeting,
    calendarToken,
    defaultFormat,
    format,
    courseFormatFor: (who) => courseFormats.get(who) ?? '',
    notificationFor: (who) => notifications.get(who) ?? '00000000-0000-4000-8000-000000000000',
    internship: internship.body.internship.id,
    internshipCompany: world.organisations.company,
    workTrial: workTrial.body.workTrial.id,
    jobAgreement: jobAgreement.body.jobAgreement.id,
    matchingCompany: world.organisations.company2,
    matchingOpening: (
      await database.db
        .insertInto('company_openings')
        .values({ company_id: world.organisations.company2, title: 'Matrix', work_functions: ['kitchen'] })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  };
  clients.set('anonymous', new Client(server.baseUrl));
  for (const who of principals) clients.set(who, await Client.signIn(server.baseUrl, usernameOf[who]));
});
afterAll(() => server?.close());

describe('authorization matrix', () => {
  it('has a hand-written row, and so a decision, for every route in the route table', () => {
    const routes = server.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((key) => !matrix[key])).toEqual([]);
    // And no row for a route that is gone.
    expect(Object.keys(matrix).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it('allows exactly the expected callers on every route and method', async () => {
    const unexpected: string[] = [];
    // Logout last: it ends the session the other requests use.
    const routes = [...server.app.routeTable].sort(
      (a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'),
    );
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const row = matrix[key];
      if (!row) continue;
      for (const who of everyone) {
        // Anonymous calls and sign-ins use a throwaway client: a sign-in must not replace a session.
        const fresh = who === 'anonymous' || key === 'POST /api/auth/login';
        const client = fresh ? new Client(server.baseUrl) : clients.get(who);
        if (!client) throw new Error(`no client for ${who}`);
        const sample = row.sample(ids, who);
        const res = await client.request(route.method, sample.path, sample.body, sample.headers);
        const allowed = res.status < 300;
        const shouldAllow = row.allowed.includes(who);
        if (res.status >= 500) unexpected.push(`${key} as ${who}: ${res.status}`);
        else if (allowed !== shouldAllow)
          unexpected.push(`${key} as ${who}: got ${res.status}, expected ${shouldAllow ? '2xx' : 'refusal'}`);
        else if (!allowed) {
          // Refusals never reveal the object: anonymous gets 401, everyone else 404.
          const expectedStatus = who === 'anonymous' ? 401 : 404;
          if (res.status !== expectedStatus)
            unexpected.push(`${key} as ${who}: refused with ${res.status}, expected ${expectedStatus}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('gives each signed-in caller only their own: caseload, own courses, account and partnerships', async () => {
    const { world } = server;
    // Written by hand: which courses each principal's caseload and own page list.
    const caseloadOf: Record<Principal, string[]> = {
      coordinator: [world.courseA.courseId],
      caseworker: [world.courseA.courseId],
      workshopMentor: [world.courseA.courseId],
      jobConsultant: [world.courseA.courseId],
      companyMentor: [world.courseA.courseId],
      participant: [],
      leader: [],
      otherCaseworker: [world.courseB.courseId],
      withdrawnMentor: [],
      administrator: [],
    };
    const partnershipsOf: Record<Principal, string[]> = {
      coordinator: ['Testby'],
      caseworker: ['Testby'],
      workshopMentor: [],
      jobConsultant: [],
      companyMentor: [],
      participant: [],
      leader: ['Testby'],
      otherCaseworker: ['Andenby'],
      withdrawnMentor: [],
      administrator: [],
    };
    for (const who of principals) {
      const client = await Client.signIn(server.baseUrl, usernameOf[who]);
      const caseload = await client.request('GET', '/api/caseload');
      expect(
        caseload.body.items.map((i: { courseId: string }) => i.courseId),
        who,
      ).toEqual(caseloadOf[who]);
      const own = await client.request('GET', '/api/me/courses');
      expect(
        own.body.courses.map((c: { courseId: string }) => c.courseId),
        who,
      ).toEqual(who === 'participant' ? [world.courseA.courseId] : []);
      const me = await client.request('GET', '/api/auth/me');
      expect(me.body.user.username, who).toBe(usernameOf[who]);
      const partnerships = await client.request('GET', '/api/partnerships');
      expect(
        partnerships.body.items.map((p: { name: string }) => p.name),
        who,
      ).toEqual(partnershipsOf[who]);
    }
  });
});
