import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isAdministrator } from '../admin/api.ts';
import { mayRegisterForGroups } from '../attendance/api.ts';
import { meQuery, safeReturnPath } from '../auth/session.ts';
import { mayRefer } from '../course-steps/api.ts';
import { caseloadQuery, courseQuery, myCoursesQuery } from '../courses/api.ts';
import { inDevelopmentGroup } from '../formats/api.ts';
import type { LogbookSearch } from '../logbook/LogbookTab.tsx';
import { viewOfParam } from '../overview/grid.ts';
import { isParticipant } from '../participants/api.ts';
import { prefetchOwnCourse } from '../participants/own-data.ts';
import { onlyLeader } from '../reports/landing.ts';
import { isApiError } from './api.ts';
import { todayIso } from './format.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/**
 * Every page is a chunk of its own, fetched by the router while it loads the route (each
 * component's `preload`): the first load carries the shell and the page it opens, not the
 * whole app (issue 11: a phone on mobile data).
 */
const AdminPage = lazyRouteComponent(() => import('../admin/AdminPage.tsx'), 'AdminPage');
const AttendanceTab = lazyRouteComponent(() => import('../attendance/AttendanceTab.tsx'), 'AttendanceTab');
const GroupAttendancePage = lazyRouteComponent(
  () => import('../attendance/GroupAttendancePage.tsx'),
  'GroupAttendancePage',
);
const SessionsPage = lazyRouteComponent(() => import('../auth/SessionsPage.tsx'), 'SessionsPage');
const SignInPage = lazyRouteComponent(() => import('../auth/SignInPage.tsx'), 'SignInPage');
const CompaniesPage = lazyRouteComponent(() => import('../companies/CompaniesPage.tsx'), 'CompaniesPage');
const CompanyPage = lazyRouteComponent(() => import('../companies/CompanyPage.tsx'), 'CompanyPage');
const WorkplacesPage = lazyRouteComponent(() => import('../companies/WorkplacesPage.tsx'), 'WorkplacesPage');
const ReferralPage = lazyRouteComponent(() => import('../course-steps/ReferralPage.tsx'), 'ReferralPage');
const StepsTab = lazyRouteComponent(() => import('../course-steps/StepsTab.tsx'), 'StepsTab');
const CaseloadPage = lazyRouteComponent(() => import('../courses/CaseloadPage.tsx'), 'CaseloadPage');
const CoursePage = lazyRouteComponent(() => import('../courses/CoursePage.tsx'), 'CoursePage');
const Overview = lazyRouteComponent(() => import('../courses/Overview.tsx'), 'Overview');
const WorkTab = lazyRouteComponent(() => import('../courses/WorkTab.tsx'), 'WorkTab');
const FormatEditorPage = lazyRouteComponent(() => import('../formats/FormatEditor.tsx'), 'FormatEditorPage');
const FormatsPage = lazyRouteComponent(() => import('../formats/FormatsPage.tsx'), 'FormatsPage');
const GoalsTab = lazyRouteComponent(() => import('../goals/GoalsTab.tsx'), 'GoalsTab');
const InitiativePage = lazyRouteComponent(
  () => import('../initiatives/InitiativePage.tsx'),
  'InitiativePage',
);
const InitiativesPage = lazyRouteComponent(
  () => import('../initiatives/InitiativesPage.tsx'),
  'InitiativesPage',
);
const InternshipPage = lazyRouteComponent(
  () => import('../internships/InternshipPage.tsx'),
  'InternshipPage',
);
const MentorPage = lazyRouteComponent(() => import('../internships/MentorPage.tsx'), 'MentorPage');
const JournalTab = lazyRouteComponent(() => import('../journal/JournalTab.tsx'), 'JournalTab');
const LogbookTab = lazyRouteComponent(() => import('../logbook/LogbookTab.tsx'), 'LogbookTab');
const OpeningPage = lazyRouteComponent(() => import('../matching/OpeningPage.tsx'), 'OpeningPage');
const MeasurementsTab = lazyRouteComponent(
  () => import('../measurements/MeasurementsTab.tsx'),
  'MeasurementsTab',
);
const MeetingPage = lazyRouteComponent(() => import('../meetings/MeetingPage.tsx'), 'MeetingPage');
const MeetingsTab = lazyRouteComponent(() => import('../meetings/MeetingsTab.tsx'), 'MeetingsTab');
const NetworkTab = lazyRouteComponent(() => import('../network/NetworkTab.tsx'), 'NetworkTab');
const MeetingsPage = lazyRouteComponent(() => import('../overview/MeetingsPage.tsx'), 'MeetingsPage');
const PartnershipMeetingPage = lazyRouteComponent(
  () => import('../overview/PartnershipMeetingPage.tsx'),
  'PartnershipMeetingPage',
);
const OwnAccessLogPage = lazyRouteComponent(
  () => import('../participants/OwnAccessLogPage.tsx'),
  'OwnAccessLogPage',
);
const OwnPage = lazyRouteComponent(() => import('../participants/OwnPage.tsx'), 'OwnPage');
const AgreementPage = lazyRouteComponent(() => import('../partnerships/AgreementPage.tsx'), 'AgreementPage');
const DashboardPage = lazyRouteComponent(() => import('../reports/DashboardPage.tsx'), 'DashboardPage');
const FigureRowsPage = lazyRouteComponent(() => import('../reports/FigureRowsPage.tsx'), 'FigureRowsPage');
const PartnershipsPage = lazyRouteComponent(
  () => import('../reports/PartnershipsPage.tsx'),
  'PartnershipsPage',
);
const LetterPage = lazyRouteComponent(() => import('../status-letters/LetterPage.tsx'), 'LetterPage');
const StatusLettersTab = lazyRouteComponent(
  () => import('../status-letters/StatusLettersTab.tsx'),
  'StatusLettersTab',
);
const RemindersPage = lazyRouteComponent(() => import('../work-queue/RemindersPage.tsx'), 'RemindersPage');
const WorkQueuePage = lazyRouteComponent(() => import('../work-queue/WorkQueuePage.tsx'), 'WorkQueuePage');

/** A route's own component that renders lazy pages: the router fetches their chunks with the route. */
function preloading<C extends () => ReactNode>(
  component: C,
  ...pages: Array<{ preload?: () => Promise<void> | undefined }>
): C & { preload: () => Promise<void> } {
  return Object.assign(component, {
    preload: async () => {
      await Promise.all(pages.map((page) => page.preload?.()));
    },
  });
}

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
  component: preloading(function SignInRoute() {
    const { redirect: to } = signInRoute.useSearch();
    return <SignInPage redirect={to} />;
  }, SignInPage),
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
  // The page's data is asked for while its chunk is fetched, not after (a round trip less on a
  // phone), and the page renders once, with its rows: a first render of "loading" and a second
  // with the rows cost a phone's slow CPU twice (issue 11). A failed read still renders the page,
  // which shows the query's error.
  loader: ({ context }) => context.queryClient.prefetchQuery(caseloadQuery),
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
  // Their course, then the course and all its sections at once (not each as its section renders),
  // and the page renders once they are all here: eight sections arriving one by one were eight
  // renders on a phone's slow CPU (issue 11).
  loader: ({ context: { queryClient } }) =>
    queryClient
      .fetchQuery(myCoursesQuery)
      .then((mine) => {
        const courseId = mine.courses[0]?.courseId;
        if (courseId) return prefetchOwnCourse(queryClient, courseId);
      })
      .catch(() => undefined),
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
  component: preloading(function MeetingsRoute() {
    const { visning, dato } = meetingOverviewRoute.useSearch();
    return <MeetingsPage view={viewOfParam(visning) ?? 'week'} day={dato ?? todayIso()} />;
  }, MeetingsPage),
});

/** One of the partnership's own meetings, read-only. */
const partnershipMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moeder/partnerskab/$meetingId',
  component: preloading(function PartnershipMeetingRoute() {
    const { meetingId } = partnershipMeetingRoute.useParams();
    return <PartnershipMeetingPage meetingId={meetingId} />;
  }, PartnershipMeetingPage),
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
  component: preloading(function FormatsRoute() {
    const { id } = formatsRoute.useParams();
    return <FormatsPage partnershipId={id} />;
  }, FormatsPage),
});

const formatEditorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/formater/$formatId',
  beforeLoad: developmentGroupOnly,
  component: preloading(function FormatEditorRoute() {
    const { id, formatId } = formatEditorRoute.useParams();
    return <FormatEditorPage partnershipId={id} formatId={formatId} />;
  }, FormatEditorPage),
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
  component: preloading(function PartnershipsRoute() {
    const { asOf } = partnershipsRoute.useSearch();
    return <PartnershipsPage asOf={asOf ?? todayIso()} />;
  }, PartnershipsPage),
});

/** The partnership's dashboard. */
const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id',
  beforeLoad: developmentGroupOnly,
  validateSearch: asOfSearch,
  component: preloading(function DashboardRoute() {
    const { id } = dashboardRoute.useParams();
    const { asOf } = dashboardRoute.useSearch();
    return <DashboardPage partnershipId={id} asOf={asOf ?? todayIso()} />;
  }, DashboardPage),
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
  component: preloading(function FigureRowsRoute() {
    const { id, figure } = figureRowsRoute.useParams();
    const { asOf, key } = figureRowsRoute.useSearch();
    return <FigureRowsPage partnershipId={id} figure={figure} asOf={asOf ?? todayIso()} figureKey={key} />;
  }, FigureRowsPage),
});

/** "Partnerskabsaftale": the agreement, its versions and their approval. */
const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partnerskab/$id/aftale',
  beforeLoad: developmentGroupOnly,
  component: preloading(function AgreementRoute() {
    const { id } = agreementRoute.useParams();
    return <AgreementPage partnershipId={id} />;
  }, AgreementPage),
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
  component: preloading(function InitiativeRoute() {
    const { initiativeId } = initiativeRoute.useParams();
    return <InitiativePage initiativeId={initiativeId} />;
  }, InitiativePage),
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
  component: preloading(function CompanyRoute() {
    const { companyId } = companyRoute.useParams();
    return <CompanyPage companyId={companyId} />;
  }, CompanyPage),
});

const openingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/virksomheder/$companyId/pladser/$openingId',
  component: preloading(function OpeningRoute() {
    const { companyId, openingId } = openingRoute.useParams();
    return <OpeningPage companyId={companyId} openingId={openingId} />;
  }, OpeningPage),
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
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(courseQuery(params.courseId)),
  component: preloading(function CourseRoute() {
    const { courseId } = courseRoute.useParams();
    return <CoursePage courseId={courseId} />;
  }, CoursePage),
});

const overviewRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: '/',
  component: preloading(function OverviewRoute() {
    const { courseId } = overviewRoute.useParams();
    return <Overview courseId={courseId} />;
  }, Overview),
});

const journalRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'journal',
  validateSearch: (search: Record<string, unknown>): { spor?: string } => ({ spor: text(search.spor) }),
  component: preloading(function JournalRoute() {
    const { courseId } = journalRoute.useParams();
    const { spor } = journalRoute.useSearch();
    return <JournalTab courseId={courseId} track={spor} />;
  }, JournalTab),
});

const attendanceRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'fremmoede',
  validateSearch: (search: Record<string, unknown>): { maaned?: string } => {
    const month = text(search.maaned);
    return { maaned: month && monthPattern.test(month) ? month : undefined };
  },
  component: preloading(function AttendanceRoute() {
    const { courseId } = attendanceRoute.useParams();
    const { maaned } = attendanceRoute.useSearch();
    return <AttendanceTab courseId={courseId} month={maaned} />;
  }, AttendanceTab),
});

const goalsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'maal',
  component: preloading(function GoalsRoute() {
    const { courseId } = goalsRoute.useParams();
    return <GoalsTab courseId={courseId} />;
  }, GoalsTab),
});

/** "Forløbsplan": the workflow's steps. */
const stepsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'trin',
  component: preloading(function StepsRoute() {
    const { courseId } = stepsRoute.useParams();
    return <StepsTab courseId={courseId} />;
  }, StepsTab),
});

/** "Netværk": the network map and the parallel efforts. */
const networkRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'netvaerk',
  component: preloading(function NetworkRoute() {
    const { courseId } = networkRoute.useParams();
    return <NetworkTab courseId={courseId} />;
  }, NetworkTab),
});

const lettersRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'statusbreve',
  component: preloading(function LettersRoute() {
    const { courseId } = lettersRoute.useParams();
    return <StatusLettersTab courseId={courseId} />;
  }, StatusLettersTab),
});

const letterRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'statusbreve/$letterId',
  component: preloading(function LetterRoute() {
    const { courseId, letterId } = letterRoute.useParams();
    return <LetterPage courseId={courseId} letterId={letterId} />;
  }, LetterPage),
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
  component: preloading(function LogbookRoute() {
    const { courseId } = logbookRoute.useParams();
    return <LogbookTab courseId={courseId} search={logbookRoute.useSearch()} />;
  }, LogbookTab),
});

const measurementsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'maalinger',
  component: preloading(function MeasurementsRoute() {
    const { courseId } = measurementsRoute.useParams();
    return <MeasurementsTab courseId={courseId} />;
  }, MeasurementsTab),
});

const meetingsRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'moeder',
  component: preloading(function MeetingsRoute() {
    const { courseId } = meetingsRoute.useParams();
    return <MeetingsTab courseId={courseId} />;
  }, MeetingsTab),
});

const meetingRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'moeder/$meetingId',
  component: preloading(function MeetingRoute() {
    const { courseId, meetingId } = meetingRoute.useParams();
    return <MeetingPage courseId={courseId} meetingId={meetingId} />;
  }, MeetingPage),
});

/** "Praktik og job": matching, internships, work trial, work efficiency, the job agreement. */
const workRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'praktik',
  component: preloading(function WorkRoute() {
    const { courseId } = workRoute.useParams();
    return <WorkTab courseId={courseId} />;
  }, WorkTab),
});

const internshipRoute = createRoute({
  getParentRoute: () => courseRoute,
  path: 'praktik/$internshipId',
  component: preloading(function InternshipRoute() {
    const { courseId, internshipId } = internshipRoute.useParams();
    return <InternshipPage courseId={courseId} internshipId={internshipId} />;
  }, InternshipPage),
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
