import { adminRoutes } from './admin/routes.ts';
import { attendanceRoutes } from './attendance/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { calendarRoutes } from './calendar/routes.ts';
import { companyRoutes } from './companies/routes.ts';
import { consentsRoutes } from './consents/routes.ts';
import { courseStepsRoutes } from './course-steps/routes.ts';
import { courseRoutes } from './courses/routes.ts';
import { dueRoutes } from './due/routes.ts';
import { effortsRoutes } from './efforts/routes.ts';
import { feltHeardRoutes } from './felt-heard/routes.ts';
import { formatsRoutes } from './formats/routes.ts';
import { goalsRoutes } from './goals/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { initiativeRoutes } from './initiatives/routes.ts';
import { internshipRoutes } from './internships/routes.ts';
import { jobRoutes } from './job/routes.ts';
import { journalRoutes } from './journal/routes.ts';
import { logbookRoutes } from './logbook/routes.ts';
import { matchingRoutes } from './matching/routes.ts';
import { measurementsRoutes } from './measurements/routes.ts';
import { meetingsRoutes } from './meetings/routes.ts';
import { networkRoutes } from './network/routes.ts';
import { overviewRoutes } from './overview/routes.ts';
import { participantRoutes } from './participants/routes.ts';
import { partnershipRoutes } from './partnerships/routes.ts';
import type { App } from './platform/app-types.ts';
import { remindersRoutes } from './reminders/routes.ts';
import { reportExportRoutes } from './reports/export-routes.ts';
import { reportRoutes } from './reports/routes.ts';
import type { RouteDeps } from './route-deps.ts';
import { statusLetterRoutes } from './status-letters/routes.ts';
import { workQueueRoutes } from './work-queue/routes.ts';

/** The route table: every domain's routes, in one list. */
const modules: Array<(app: App, deps: RouteDeps) => void> = [
  healthRoutes,
  authRoutes,
  courseRoutes,
  courseStepsRoutes,
  participantRoutes,
  consentsRoutes,
  journalRoutes,
  attendanceRoutes,
  goalsRoutes,
  effortsRoutes,
  networkRoutes,
  statusLetterRoutes,
  logbookRoutes,
  measurementsRoutes,
  meetingsRoutes,
  overviewRoutes,
  calendarRoutes,
  feltHeardRoutes,
  formatsRoutes,
  reportRoutes,
  partnershipRoutes,
  reportExportRoutes,
  dueRoutes,
  workQueueRoutes,
  remindersRoutes,
  // Company collaboration (DOMAIN.md §8): the network, internships, the job, matching.
  companyRoutes,
  internshipRoutes,
  jobRoutes,
  matchingRoutes,
  // The municipality's cross-sectoral initiatives (DOMAIN.md).
  initiativeRoutes,
  auditRoutes,
  adminRoutes,
];

export async function registerRoutes(app: App, deps: RouteDeps) {
  for (const register of modules) register(app, deps);
}
