/**
 * The API's shapes as the web app names them: every one derived from the server's schemas through
 * the generated `schema.d.ts` (`npm run gen:api`), none written by hand. When the server changes a
 * schema, regenerate and let tsc show what the web app must handle.
 */
import type { components, paths } from './schema.d.ts';

export type { components, paths };

// ── helpers ──────────────────────────────────────────────────────────────────────────────────
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
/** A route's path as the server declares it, e.g. '/api/courses/{courseId}'. */
export type ApiPath = keyof paths;
type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type SuccessStatus = 200 | 201 | 204;

/** The JSON a route answers with on success, e.g. `ApiResponse<'/api/courses/{courseId}'>`. */
export type ApiResponse<P extends ApiPath, M extends HttpMethod = 'get'> = JsonContent<
  Operation<P, M>['responses'][SuccessStatus & keyof Operation<P, M>['responses']]
>;

/** The JSON body a route accepts, e.g. `ApiBody<'/api/courses/{courseId}/status', 'post'>`. */
export type ApiBody<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends {
    requestBody?: infer B;
  }
    ? JsonContent<NonNullable<B>>
    : never;

/** A route's query parameters (all optional on the server's side unless it says otherwise). */
export type ApiQuery<P extends ApiPath, M extends HttpMethod = 'get'> = NonNullable<
  Operation<P, M>['parameters']['query']
>;

type Item<T> = T extends ReadonlyArray<infer I> ? I : never;

// ── sign-in ──────────────────────────────────────────────────────────────────────────────────
export type Ok = ApiResponse<'/api/auth/login', 'post'>;
export type Me = ApiResponse<'/api/auth/me'>;
export type Locale = Me['user']['locale'];

// ── courses ──────────────────────────────────────────────────────────────────────────────────
export type Caseload = ApiResponse<'/api/caseload'>;
export type CaseloadItem = Item<Caseload['items']>;
export type MyCourses = ApiResponse<'/api/me/courses'>;
export type CourseOverview = ApiResponse<'/api/courses/{courseId}'>;
export type StatusChange = ApiBody<'/api/courses/{courseId}/status', 'post'>;
export type CourseStatus = StatusChange['status'];
export type OutcomeType = NonNullable<StatusChange['outcome']>['type'];
export type Permission = Item<CourseOverview['myPermissions']>;
export type Gender = NonNullable<NonNullable<CourseOverview['participant']['sensitive']>['gender']>;

// ── consents ─────────────────────────────────────────────────────────────────────────────────
export type ConsentList = ApiResponse<'/api/courses/{courseId}/consents'>;
export type Consent = Item<ConsentList['consents']>;
export type ConsentSaved = ApiResponse<'/api/courses/{courseId}/consents', 'post'>;
export type GiveConsent = ApiBody<'/api/courses/{courseId}/consents', 'post'>;
export type ConsentPurpose = Consent['purpose'];
export type ConsentCategory = Item<Consent['categories']>;
export type ConsentRecipients = ApiResponse<'/api/courses/{courseId}/consent-recipients'>;
export type NarrowConsent = ApiBody<'/api/courses/{courseId}/consents/{consentId}/narrow', 'post'>;
export type ConsentNarrowed = ApiResponse<'/api/courses/{courseId}/consents/{consentId}/narrow', 'post'>;

// ── access log ───────────────────────────────────────────────────────────────────────────────
export type AccessLog = ApiResponse<'/api/courses/{courseId}/access-log'>;
export type AccessLogEntry = Item<AccessLog['entries']>;
export type AuditAction = AccessLogEntry['action'];

// ── journal ──────────────────────────────────────────────────────────────────────────────────
export type NoteList = ApiResponse<'/api/courses/{courseId}/journal'>;
export type Note = Item<NoteList['notes']>;
export type NewNote = ApiBody<'/api/courses/{courseId}/journal', 'post'>;
export type NoteCreated = ApiResponse<'/api/courses/{courseId}/journal', 'post'>;
export type Visibility = Note['visibility'];
export type Track = NonNullable<Note['track']>;

// ── attendance ───────────────────────────────────────────────────────────────────────────────
export type MonthView = ApiResponse<'/api/courses/{courseId}/attendance'>;
export type AttendanceDay = Item<MonthView['days']>;
export type DayEntry = ApiBody<'/api/courses/{courseId}/attendance/{day}', 'put'>;
export type DaySaved = ApiResponse<'/api/courses/{courseId}/attendance/{day}', 'put'>;
export type AttendanceStatus = AttendanceDay['status'];
export type AbsenceReason = NonNullable<AttendanceDay['absenceReason']>;

// ── goals ────────────────────────────────────────────────────────────────────────────────────
export type GoalList = ApiResponse<'/api/courses/{courseId}/goals'>;
export type Goal = Item<GoalList['goals']>;
export type SubGoal = Item<Goal['subGoals']>;
export type GoalSaved = ApiResponse<'/api/courses/{courseId}/goals', 'post'>;
export type NewGoal = ApiBody<'/api/courses/{courseId}/goals', 'post'>;
export type GoalPatch = ApiBody<'/api/courses/{courseId}/goals/{goalId}', 'patch'>;
export type GoalHistory = ApiResponse<'/api/courses/{courseId}/goals/{goalId}/history'>;
export type GoalVersion = Item<GoalHistory['versions']>;
export type GoalArea = Goal['area'];
export type GoalStatus = Goal['status'];
export type Circle = Goal['circle'];
export type CircleStep = keyof Circle;

// ── parallel efforts and the network ─────────────────────────────────────────────────────────
export type EffortList = ApiResponse<'/api/courses/{courseId}/efforts'>;
export type Effort = Item<EffortList['efforts']>;
export type EffortSaved = ApiResponse<'/api/courses/{courseId}/efforts', 'post'>;
export type NewEffort = ApiBody<'/api/courses/{courseId}/efforts', 'post'>;
export type EffortPatch = ApiBody<'/api/courses/{courseId}/efforts/{effortId}', 'patch'>;
export type NetworkList = ApiResponse<'/api/courses/{courseId}/network'>;
export type NetworkMember = Item<NetworkList['members']>;
export type NetworkMemberSaved = ApiResponse<'/api/courses/{courseId}/network', 'post'>;
export type NewNetworkMember = ApiBody<'/api/courses/{courseId}/network', 'post'>;
export type NetworkMemberPatch = ApiBody<'/api/courses/{courseId}/network/{memberId}', 'patch'>;

// ── status letters ───────────────────────────────────────────────────────────────────────────
export type LetterList = ApiResponse<'/api/courses/{courseId}/status-letters'>;
export type LetterSummary = Item<LetterList['letters']>;
export type DraftSaved = ApiResponse<'/api/courses/{courseId}/status-letters/draft', 'post'>;
export type LetterDraft = DraftSaved['draft'];
export type DraftPatch = ApiBody<'/api/courses/{courseId}/status-letters/draft', 'patch'>;
export type LetterSaved = ApiResponse<'/api/courses/{courseId}/status-letters/{letterId}'>;
export type Letter = LetterSaved['letter'];
export type LetterSection = Item<Letter['sections']>;
export type LetterSectionKey = LetterSection['key'];

// ── logbook ──────────────────────────────────────────────────────────────────────────────────
export type Logbook = ApiResponse<'/api/courses/{courseId}/logbook'>;
export type LogbookEntry = Item<Logbook['entries']>;
export type LogbookQuery = ApiQuery<'/api/courses/{courseId}/logbook'>;
// ── measurements ─────────────────────────────────────────────────────────────────────────────
export type MeasurementList = ApiResponse<'/api/courses/{courseId}/measurements'>;
export type Instrument = Item<MeasurementList['instruments']>;
export type Measurement = Item<MeasurementList['measurements']>;
export type MeasurementEntry = Measurement['entries'][string];
export type Development = NonNullable<MeasurementList['development']>;
export type MeasurementDraftState = ApiResponse<'/api/courses/{courseId}/measurements/draft'>;
export type MeasurementDraft = NonNullable<MeasurementDraftState['draft']>;
export type MeasurementDraftPatch = ApiBody<'/api/courses/{courseId}/measurements/draft', 'patch'>;
export type MeasurementSaved = ApiResponse<'/api/courses/{courseId}/measurements/draft/approve', 'post'>;
export type MeasurementHistory = ApiResponse<'/api/courses/{courseId}/measurements/{measurementId}/history'>;
export type OwnMeasurement = ApiResponse<'/api/courses/{courseId}/measurements/own'>;
export type NewInstrument = ApiBody<'/api/courses/{courseId}/instruments', 'post'>;
export type InstrumentSaved = ApiResponse<'/api/courses/{courseId}/instruments', 'post'>;

// ── course steps and the referral ───────────────────────────────────────────────────────────
export type CourseSteps = ApiResponse<'/api/courses/{courseId}/steps'>;
export type CourseStep = Item<CourseSteps['steps']>;
export type StepVersion = Item<CourseStep['history']>;
export type StepKind = CourseStep['kind'];
export type StepInput = ApiBody<'/api/courses/{courseId}/steps/{kind}', 'put'>;
export type StepSaved = ApiResponse<'/api/courses/{courseId}/steps/{kind}', 'put'>;
export type ReferralOptions = ApiResponse<'/api/referrals/options'>;
export type NewReferral = ApiBody<'/api/referrals', 'post'>;
export type ReferralCreated = ApiResponse<'/api/referrals', 'post'>;
// ── meetings ─────────────────────────────────────────────────────────────────────────────────
export type MeetingList = ApiResponse<'/api/courses/{courseId}/meetings'>;
export type MeetingSummary = Item<MeetingList['upcoming']>;
export type MeetingSaved = ApiResponse<'/api/courses/{courseId}/meetings/{meetingId}'>;
export type Meeting = MeetingSaved['meeting'];
export type MeetingInvitee = Item<Meeting['invitees']>;
export type MeetingTask = Item<Meeting['tasks']>;
export type NewMeeting = ApiBody<'/api/courses/{courseId}/meetings', 'post'>;
export type MeetingPatch = ApiBody<'/api/courses/{courseId}/meetings/{meetingId}', 'patch'>;
export type MinutesSent = ApiResponse<'/api/courses/{courseId}/meetings/{meetingId}/approve', 'post'>;
export type MinutesMail = NonNullable<MinutesSent['mail']>;
export type NewMeetingTask = ApiBody<'/api/courses/{courseId}/meetings/{meetingId}/tasks', 'post'>;
export type MeetingTaskPatch = ApiBody<
  '/api/courses/{courseId}/meetings/{meetingId}/tasks/{taskId}',
  'patch'
>;
export type MeetingTaskSaved = ApiResponse<
  '/api/courses/{courseId}/meetings/{meetingId}/tasks/{taskId}',
  'patch'
>;

// ── the shared meeting overview, the calendar feed, "Følte du dig hørt?" ─────────────────────
export type MeetingOverview = ApiResponse<'/api/meetings'>;
export type OverviewMeeting = Item<MeetingOverview['meetings']>;
export type PartnershipMeeting = ApiResponse<'/api/partnership-meetings/{meetingId}'>;
export type MeetingKind = OverviewMeeting['kind'];
export type CalendarFeedStatus = ApiResponse<'/api/calendar-feed'>;
export type NewCalendarFeed = ApiResponse<'/api/calendar-feed', 'put'>;
export type OwnMeetings = ApiResponse<'/api/courses/{courseId}/own-meetings'>;
export type OwnMeeting = Item<OwnMeetings['upcoming']>;
export type FeltHeardAnswer = ApiBody<
  '/api/courses/{courseId}/own-meetings/{meetingId}/felt-heard',
  'post'
>['answer'];
export type FeltHeardSaved = ApiResponse<
  '/api/courses/{courseId}/own-meetings/{meetingId}/felt-heard',
  'post'
>;
// ── coordination formats ─────────────────────────────────────────────────────────────────────
export type FormatList = ApiResponse<'/api/partnerships/{id}/formats'>;
export type Format = Item<FormatList['formats']>;
export type FormatRule = Item<Format['rules']>;
export type FormatInput = ApiBody<'/api/partnerships/{id}/formats/{formatId}', 'put'>;
export type NewFormat = ApiBody<'/api/partnerships/{id}/formats', 'post'>;
export type FormatSaved = ApiResponse<'/api/partnerships/{id}/formats/{formatId}'>;
export type FormatHistory = ApiResponse<'/api/partnerships/{id}/formats/{formatId}/history'>;
export type CourseFormats = ApiResponse<'/api/courses/{courseId}/formats'>;
export type ApplyFormat = ApiBody<'/api/courses/{courseId}/formats', 'post'>;
export type CourseFormatSaved = ApiResponse<'/api/courses/{courseId}/formats', 'post'>;
export type PartnershipList = ApiResponse<'/api/partnerships'>;
// ── the work queue and reminders (src/work-queue/, src/reminders/) ──────────────────────────
export type WorkQueue = ApiResponse<'/api/work-queue'>;
export type WorkQueueItem = Item<WorkQueue['items']>;
export type WorkQueueCourse = Item<WorkQueue['courses']>;
export type QueueKind = WorkQueueItem['kind'];
export type ReminderList = ApiResponse<'/api/notifications'>;
export type Reminder = Item<ReminderList['items']>;
export type UnreadReminders = ApiResponse<'/api/notifications/unread'>;
export type ReminderSettings = ApiResponse<'/api/reminder-settings'>;
