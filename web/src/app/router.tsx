import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { AdminPage } from '../admin/AdminPage.tsx';
import { isAdministrator } from '../admin/api.ts';
import { AttendanceTab } from '../attendance/AttendanceTab.tsx';
import { mayRegisterForGroups } from '../attendance/api.ts';
import { GroupAttendancePage } from '../attendance/GroupAttendancePage.tsx';
import { SessionsPage } from '../auth/SessionsPage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { meQuery, safeReturnPath } from '../auth/session.ts';
import { CompaniesPage } from '../companies/CompaniesPage.tsx';
import { CompanyPage } from '../companies/CompanyPage.tsx';
import { WorkplacesPage } from '../companies/WorkplacesPage.tsx';
import { mayRefer } from '../course-steps/api.ts';
import { ReferralPage } from '../course-steps/ReferralPage.tsx';
import { StepsTab } from '../course-steps/StepsTab.tsx';
import { CaseloadPage } from '../courses/CaseloadPage.tsx';
import { CoursePage } from '../courses/CoursePage.tsx';
import { Overview } from '../courses/Overview.tsx';
import { WorkTab } from '../courses/WorkTab.tsx';
import { inDevelopmentGroup } from '../formats/api.ts';
import { FormatEditorPage } from '../formats/FormatEditor.tsx';
import { FormatsPage } from '../formats/FormatsPage.tsx';
import { GoalsTab } from '../goals/GoalsTab.tsx';
import { InitiativePage } from '../initiatives/InitiativePage.tsx';
import { InitiativesPage } from '../initiatives/InitiativesPage.tsx';
import { InternshipPage } from '../internships/InternshipPage.tsx';
import { MentorPage } from '../internships/MentorPage.tsx';
import { JournalTab } from '../journal/JournalTab.tsx';
import { type LogbookSearch, LogbookTab } from '../logbook/LogbookTab.tsx';
import { OpeningPage } from '../matching/OpeningPage.tsx';
import { LazyMeasurementsTab } from '../measurements/LazyMeasurementsTab.tsx';
import { MeetingPage } from '../meetings/MeetingPage.tsx';
import { MeetingsTab } from '../meetings/MeetingsTab.tsx';
import { NetworkTab } from '../network/NetworkTab.tsx';
import { MeetingsPage, viewOfParam } from '../overview/MeetingsPage.tsx';
import { PartnershipMeetingPage } from '../overview/PartnershipMeetingPage.tsx';
import { isParticipant } from '../participants/api.ts';
import { OwnAccessLogPage } from '../participants/OwnAccessLogPage.tsx';
import { OwnPage } from '../participants/OwnPage.tsx';
import { AgreementPage } from '../partnerships/AgreementPage.tsx';
import { DashboardPage } from '../reports/DashboardPage.tsx';
import { FigureRowsPage } from '../reports/FigureRowsPage.tsx';
import { onlyLeader } from '../reports/landing.ts';
import { PartnershipsPage } from '../reports/PartnershipsPage.tsx';
import { LetterPage } from '../status-letters/LetterPage.tsx';
import { StatusLettersTab } from '../status-letters/StatusLettersTab.tsx';
import { RemindersPage } from '../work-queue/RemindersPage.tsx';
import { WorkQueuePage } from '../work-queue/WorkQueuePage.tsx';
import { isApiError } from './api.ts';
import { todayIso } from './format.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/**
 * The route tree, in code. Danish paths, since the addresses are seen and shared by Danish users:
 * /logind, / (the caseload), /min-side (a young person's own page) with /min-side/hvem-har-set
 * (who has seen their information), /fremmoede (a group's attendance for one day),
 * /henvisning (a new referral), /forloeb/:courseId with /trin (the course plan's steps), /journal, /fremmoede, /maal,
 * /netvaerk, /statusbreve (and /statusbreve/:letterId), /logbog and /praktik (and /praktik/:internshipId);
 * /virksomheder (the company network, /virksomheder/:id, /virksomheder/:id/pladser/:openingId),
 * /vaerksteder (the institution's workplaces) and /min-praktik (the company mentor's page).
 */
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

const monthPattern = /^20\d\d-(0[1-9]|1[0-2])$/;
const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/logind',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeReturnPath(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    // Already signed in: straight on.
    const me = await context.queryClient.fetchQuery(meQuery).catch(() => null);
    if (me) throw redirect({ href: search.redirect ?? '/' });
  },
  component: function SignInRoute() {
    const { redirect: to } = signInRoute.useSearch();
    return <SignInPage redirect={to} />;
  },
});

/** Everything below needs a session; without one, sign in and come back here. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signedIn',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error, 401)) {
        throw redirect({ to: '/logind', search: { redirect: safeReturnPath(location.href) } });
      }
      throw error;
    }
  },
});

/**
 * Staff start at their caseload; a young person at their own page; an administrator only, at
 * administration; a leader only, at the partnership's figures.
 */
const caseloadRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (isParticipant(me)) throw redirect({ to: '/min-side', replace: true });
    if (me.user.memberships.every((m) => m.role === 'administrator') && isAdministrator(me))
      throw redirect({ to: '/admin', replace: true });
    // A leader has no caseload: their start is the partnership's figures.
    if (onlyLeader(me)) throw redirect({ to: '/partnerskab', search: {}, replace: true });
  },
  component: CaseloadPage,
});

/** The young person's own pages are theirs only; staff have a caseload instead and are sent there. */
async function participantsOnly({ context }: { context: { queryClient: QueryClient } }) {
  if (!isParticipant(await context.queryClient.ensureQueryData(meQuery)))
    throw redirect({ to: '/', replace: true });
}

async function staffOnly({ context }: { context: { queryClient: QueryClient } }) {
  if (isParticipant(await context.queryClient.ensureQueryData(meQuery)))
    throw redirect({ to: '/min-side', replace: true });
}

/** The young person's own page. */
const ownPageRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/min-side',
  beforeLoad: participantsOnly,
  component: OwnPage,
});

/** "Hvem har set mine oplysninger?": the young person's access log. */
const ownAccessLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/min-side/hvem-har-set',
  beforeLoad: participantsOnly,
  component: OwnAccessLogPage,
});

/** "Hvor er jeg logget ind?": anyone signed in, about their own sessions. */
const sessionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/log-ind-steder',
  component: SessionsPage,
});

/** Administration: for administrators; anyone else is sent to their start page. */
const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin',
  beforeLoad: async ({ context }) => {
    if (!isAdministrator(await context.queryClient.ensureQueryData(meQuery)))
      throw redirect({ to: '/', replace: true });
  },
  component: AdminPage,
});

/** "Registrér fremmøde for holdet": staff who register attendance; anyone else goes to their start page. */
const groupAttendanceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/fremmoede',
  beforeLoad: async ({ context }) => {
    if (!mayRegisterForGroups(await context.queryClient.ensureQueryData(meQuery)))
      throw redirect({ to: '/', replace: true });
  },
  component: GroupAttendancePage,
});

/** "Ny henvisning": for caseworkers and coordinators; anyone else goes to their start page. */
const referralRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/henvisning',
  beforeLoad: async ({ context }) => {
    if (!mayRefer(await context.queryClient.ensureQueryData(meQuery)))
      throw redirect({ to: '/', replace: true });
  },
  component: ReferralPage,
});

const dayPattern = /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "Møder": the shared meeting overview (?visning=liste|uge|maaned&dato=YYYY-MM-DD) and the calendar feed. */
const meetingOverviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moeder',
  validateSearch: (search: Record<string, unknown>): { visning?: string; dato?: string } => {
    const day = text(search.dato);
    return {
      visning: viewOfParam(search.visning) ? (search.visning as string) : undefined,
      dato: day && dayPattern.test(day) ? day : undefined,
    };
  },
  component: function MeetingsRoute() {
    const { visning, dato } = meetingOverviewRoute.useSearch();
    return <MeetingsPage view={viewOfParam(visning) ?? 'week'} day={dato ?? todayIso()} />;
  },
});

/** One of the partnership's own meetings, read-only. */
const partnershipMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moeder/partnerskab/$meetingId',
  component: function PartnershipMeetingRoute() {
    const { meetingId } = partnershipMeetingRoute.useParams();
    return <PartnershipMeetingPage meetingId={meetingId} />;
  },
});

/** "Koordineringsformater": the partnership's development group; anyone else goes to their start page. */
async function developmentGroupOnly({ context }: { context: { queryClient: QueryClient } }) {
  if (!inDevelopmentGroup(await context.queryClient.ensureQueryData(meQuery)))
    throw redirect({ to: '/', replace: true });
}

const formatsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/formater',
  beforeLoad: developmentGroupOnly,
  component: function FormatsRoute() {
    const { id } = formatsRoute.useParams();
    return <FormatsPage partnershipId={id} />;
  },
});

const formatEditorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/formater/$formatId',
  beforeLoad: developmentGroupOnly,
  component: function FormatEditorRoute() {
    const { id, formatId } = formatEditorRoute.useParams();
    return <FormatEditorPage partnershipId={id} formatId={formatId} />;
  },
});

/** ?asOf=YYYY-MM-DD on the partnership's figures: the day they are computed for (default today). */
function asOfSearch(search: Record<string, unknown>): { asOf?: string } {
  const day = text(search.asOf);
  return { asOf: day && dayPattern.test(day) ? day : undefined };
}

/** "Partnerskaber": the figures of every partnership the reader's development group belongs to, side by side. */
const partnershipsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab',
  beforeLoad: developmentGroupOnly,
  validateSearch: asOfSearch,
  component: function PartnershipsRoute() {
    const { asOf } = partnershipsRoute.useSearch();
    return <PartnershipsPage asOf={asOf ?? todayIso()} />;
  },
});

/** The partnership's dashboard. */
const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id',
  beforeLoad: developmentGroupOnly,
  validateSearch: asOfSearch,
  component: function DashboardRoute() {
    const { id } = dashboardRoute.useParams();
    const { asOf } = dashboardRoute.useSearch();
    return <DashboardPage partnershipId={id} asOf={asOf ?? todayIso()} />;
  },
});

/** The rows behind one figure (?asOf, ?key for one value of a distribution): only courses the reader may see. */
const figureRowsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/tal/$figure',
  beforeLoad: developmentGroupOnly,
  validateSearch: (search: Record<string, unknown>): { asOf?: string; key?: string } => ({
    ...asOfSearch(search),
    key: text(search.key),
  }),
  component: function FigureRowsRoute() {
    const { id, figure } = figureRowsRoute.useParams();
    const { asOf, key } = figureRowsRoute.useSearch();
    return <FigureRowsPage partnershipId={id} figure={figure} asOf={asOf ?? todayIso()} figureKey={key} />;
  },
});

/** "Partnerskabsaftale": the agreement, its versions and their approval. */
const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/aftale',
  beforeLoad: developmentGroupOnly,
  component: function AgreementRoute() {
    const { id } = agreementRoute.useParams();
    return <AgreementPage partnershipId={id} />;
  },
});

/** "Tværgående indsatser": the municipality's portfolio of cross-sectoral initiatives. */
const initiativesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/indsatser',
  beforeLoad: staffOnly,
  component: InitiativesPage,
});

const initiativeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/indsatser/$initiativeId',
  beforeLoad: staffOnly,
  component: function InitiativeRoute() {
    const { initiativeId } = initiativeRoute.useParams();
    return <InitiativePage initiativeId={initiativeId} />;
  },
});

/** "Min arbejdsliste": staff's due and overdue work; a young person has their own page instead. */
const workQueueRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbejdsliste',
  beforeLoad: staffOnly,
  component: WorkQueuePage,
});

/** "Påmindelser": what the daily job recorded for the signed-in staff member. */
const remindersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/paamindelser',
  beforeLoad: staffOnly,
  component: RemindersPage,
});

/** Company collaboration: the network, one company, an opening with suggested young people, the workplaces. */
const companiesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/virksomheder',
  component: CompaniesPage,
});

const companyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/virksomheder/$companyId',
  component: function CompanyRoute() {
    const { companyId } = companyRoute.useParams();
    return <CompanyPage companyId={companyId} />;
  },
});

const openingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/virksomheder/$companyId/pladser/$openingId',
  component: function OpeningRoute() {
    const { companyId, openingId } = openingRoute.useParams();
    return <OpeningPage companyId={companyId} openingId={openingId} />;
  },
});

const workplacesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/vaerksteder',
  component: WorkplacesPage,
});

/** The company mentor's own page: their intern(s), made for a phone. */
const mentorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/min-praktik',
  component: MentorPage,
});

const courseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/forloeb/$courseId',
  component: function CourseRoute() {
    const { courseId } = courseRoute.useParams();
    return <CoursePage courseId={courseId} />;
  },
});

const overviewRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: '/',
  component: function OverviewRoute() {
    const { courseId } = overviewRoute.useParams();
    return <Overview courseId={courseId} />;
  },
});

const journalRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'journal',
  validateSearch: (search: Record<string, unknown>): { spor?: string } => ({ spor: text(search.spor) }),
  component: function JournalRoute() {
    const { courseId } = journalRoute.useParams();
    const { spor } = journalRoute.useSearch();
    return <JournalTab courseId={courseId} track={spor} />;
  },
});

const attendanceRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'fremmoede',
  validateSearch: (search: Record<string, unknown>): { maaned?: string } => {
    const month = text(search.maaned);
    return { maaned: month && monthPattern.test(month) ? month : undefined };
  },
  component: function AttendanceRoute() {
    const { courseId } = attendanceRoute.useParams();
    const { maaned } = attendanceRoute.useSearch();
    return <AttendanceTab courseId={courseId} month={maaned} />;
  },
});

const goalsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'maal',
  component: function GoalsRoute() {
    const { courseId } = goalsRoute.useParams();
    return <GoalsTab courseId={courseId} />;
  },
});

/** "Forløbsplan": the workflow's steps. */
const stepsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'trin',
  component: function StepsRoute() {
    const { courseId } = stepsRoute.useParams();
    return <StepsTab courseId={courseId} />;
  },
});

/** "Netværk": the network map and the parallel efforts. */
const networkRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'netvaerk',
  component: function NetworkRoute() {
    const { courseId } = networkRoute.useParams();
    return <NetworkTab courseId={courseId} />;
  },
});

const lettersRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'statusbreve',
  component: function LettersRoute() {
    const { courseId } = lettersRoute.useParams();
    return <StatusLettersTab courseId={courseId} />;
  },
});

const letterRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'statusbreve/$letterId',
  component: function LetterRoute() {
    const { courseId, letterId } = letterRoute.useParams();
    return <LetterPage courseId={courseId} letterId={letterId} />;
  },
});

const logbookRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'logbog',
  validateSearch: (search: Record<string, unknown>): LogbookSearch => ({
    art: text(search.art),
    spor: text(search.spor),
    fra: text(search.fra),
    til: text(search.til),
  }),
  component: function LogbookRoute() {
    const { courseId } = logbookRoute.useParams();
    return <LogbookTab courseId={courseId} search={logbookRoute.useSearch()} />;
  },
});

const measurementsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'maalinger',
  component: function MeasurementsRoute() {
    const { courseId } = measurementsRoute.useParams();
    return <LazyMeasurementsTab courseId={courseId} />;
  },
});

const meetingsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'moeder',
  component: function MeetingsRoute() {
    const { courseId } = meetingsRoute.useParams();
    return <MeetingsTab courseId={courseId} />;
  },
});

const meetingRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'moeder/$meetingId',
  component: function MeetingRoute() {
    const { courseId, meetingId } = meetingRoute.useParams();
    return <MeetingPage courseId={courseId} meetingId={meetingId} />;
  },
});

/** "Praktik og job": matching, internships, work trial, work efficiency, the job agreement. */
const workRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'praktik',
  component: function WorkRoute() {
    const { courseId } = workRoute.useParams();
    return <WorkTab courseId={courseId} />;
  },
});

const internshipRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'praktik/$internshipId',
  component: function InternshipRoute() {
    const { courseId, internshipId } = internshipRoute.useParams();
    return <InternshipPage courseId={courseId} internshipId={internshipId} />;
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    caseloadRoute,
    ownPageRoute,
    ownAccessLogRoute,
    adminRoute,
    sessionsRoute,
    groupAttendanceRoute,
    referralRoute,
    meetingOverviewRoute,
    partnershipMeetingRoute,
    formatsRoute,
    formatEditorRoute,
    partnershipsRoute,
    dashboardRoute,
    figureRowsRoute,
    agreementRoute,
    initiativesRoute,
    initiativeRoute,
    workQueueRoute,
    remindersRoute,
    companiesRoute,
    companyRoute,
    openingRoute,
    workplacesRoute,
    mentorRoute,
    courseRoute.addChildren([
      overviewRoute,
      journalRoute,
      attendanceRoute,
      goalsRoute,
      stepsRoute,
      networkRoute,
      measurementsRoute,
      meetingsRoute,
      meetingRoute,
      lettersRoute,
      letterRoute,
      logbookRoute,
      workRoute,
      internshipRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
