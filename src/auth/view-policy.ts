import { type CompanyViewName, companyViews } from '../companies/views.ts';
import { isHealthEffort } from '../efforts/kinds.ts';
import { type FormatViewName, formatViews } from '../formats/views.ts';
import { type InitiativeViewName, initiativeViews } from '../initiatives/views.ts';
import { type InternshipViewName, internshipViews } from '../internships/views.ts';
import { type JobViewName, jobViews } from '../job/views.ts';
import { type MatchingViewName, matchingViews } from '../matching/views.ts';
import { type MeetingViewName, meetingViews } from '../meetings/views.ts';
import { isHealthRelation } from '../network/relations.ts';
import { type PartnershipViewName, partnershipViews } from '../partnerships/views.ts';
import { type ReportViewName, reportViews } from '../reports/views.ts';
import { type StatusLetterViewName, statusLetterViews } from '../status-letters/views.ts';
import { classOfQueueRow } from '../work-queue/classes.ts';
import type { DataClass } from './data-classes.ts';
import { isHealthRecord } from './health-records.ts';
import type { FieldRuleOf, ViewOf } from './view-types.ts';

/** Every view a response can be presented through: the table below, and the modules' own. */
export type ViewName =
  | CoreViewName
  | CompanyViewName
  | InternshipViewName
  | JobViewName
  | MatchingViewName
  | ReportViewName
  | PartnershipViewName
  | InitiativeViewName
  | StatusLetterViewName
  | MeetingViewName
  | FormatViewName;

type CoreViewName =
  | 'public'
  | 'self'
  | 'statistics'
  | 'administration'
  | 'participant'
  | 'courseOverview'
  | 'statusChange'
  | 'caseload'
  | 'caseloadItem'
  | 'consentList'
  | 'consentSaved'
  | 'consent'
  | 'consentRecipients'
  | 'noteList'
  | 'noteCreated'
  | 'note'
  | 'attendanceMonth'
  | 'attendanceDaySaved'
  | 'attendanceDay'
  | 'goalList'
  | 'goalSaved'
  | 'goal'
  | 'subGoal'
  | 'goalHistory'
  | 'goalVersion'
  | 'effortList'
  | 'effortSaved'
  | 'effort'
  | 'networkList'
  | 'networkMemberSaved'
  | 'networkMember'
  | 'accessLog'
  | 'accessLogEntry'
  | 'instrument'
  | 'instrumentSaved'
  | 'measurementList'
  | 'measurement'
  | 'measurementSaved'
  | 'measurementDraftState'
  | 'measurementDraft'
  | 'measurementHistory'
  | 'measurementVersion'
  | 'ownMeasurement'
  | 'courseSteps'
  | 'courseStep'
  | 'courseStepSaved'
  | 'courseStepVersion'
  | 'meetingOverview'
  | 'meetingOverviewItem'
  | 'partnershipMeeting'
  | 'ownMeetings'
  | 'ownMeeting'
  | 'feltHeardSaved'
  | 'workQueue'
  | 'workQueueItem'
  | 'workQueueCourse'
  | 'notificationList'
  | 'notification';

export type { Reader } from './view-types.ts';
/** A field's rule and a view, naming only views that exist (module views name theirs as strings). */
export type FieldRule = FieldRuleOf<ViewName>;
export type View = ViewOf<ViewName>;

const goalFields: Record<string, FieldRule> = {
  id: 'row',
  area: 'row',
  track: 'row',
  title: 'row',
  status: 'row',
  circle: 'row',
  version: 'row',
  createdAt: 'row',
  updatedAt: 'row',
};
const goalRow = (row: Record<string, unknown>): DataClass => (isHealthRecord(row) ? 'health' : 'goals');

/**
 * The one view policy: for every response, which class each field belongs to. Every response of
 * every /api route is presented through it (src/auth/present.ts); a field without a rule is a
 * server error, and tests/integration/view-policy.test.ts fails the build for it first.
 */
export const views: Record<ViewName, View> = {
  public: { fields: { '*': 'public' } },
  self: { fields: { '*': 'self' } },
  statistics: { fields: { '*': 'statistics' } },
  administration: { fields: { '*': 'administration' } },

  participant: {
    fields: {
      id: 'identity',
      givenName: 'identity',
      familyName: 'identity',
      phone: 'contact',
      email: 'contact',
      supportNeeds: 'supportNeeds',
      sensitive: {
        fields: {
          birthDate: 'personal',
          gender: 'personal',
          disabilities: 'health',
          acquiredStrains: 'health',
          cprMasked: 'cpr',
        },
      },
    },
  },
  courseOverview: {
    fields: {
      course: {
        fields: {
          id: 'identity',
          partnership: 'identity',
          referralDate: 'courseAdmin',
          startDate: 'courseAdmin',
          grantedMonths: 'courseAdmin',
          status: 'courseAdmin',
          outcome: 'courseAdmin',
          // It counts status changes, so it tells as much as the status history.
          version: 'courseAdmin',
        },
      },
      participant: { view: 'participant' },
      team: 'identity',
      statusHistory: { view: 'statusChange' },
      // The course's administration: the young person and staff, never a company.
      owed: 'courseAdmin',
      myRole: 'self',
      myPermissions: 'self',
      myNoteVisibilities: 'self',
      myConsentCategories: 'self',
    },
  },
  // The course workflow's steps: the course's administration (the referral's plan summary and
  // package, dates, what was agreed), for staff and the young person, never a company.
  courseSteps: {
    fields: {
      steps: { view: 'courseStep' },
      current: 'courseAdmin',
      recordable: 'courseAdmin',
      course: 'courseAdmin',
    },
  },
  courseStepSaved: { fields: { step: { view: 'courseStep' } } },
  courseStep: {
    row: () => 'courseAdmin',
    fields: {
      kind: 'row',
      date: 'row',
      details: 'row',
      version: 'row',
      recordedAt: 'row',
      recordedBy: 'row',
      history: { view: 'courseStepVersion' },
    },
  },
  courseStepVersion: {
    row: () => 'courseAdmin',
    fields: { version: 'row', date: 'row', details: 'row', recordedAt: 'row', recordedBy: 'row' },
  },
  statusChange: {
    row: () => 'courseAdmin',
    // Why a course was paused is often a health matter ("admitted to psychiatry").
    fields: { status: 'row', effectiveDate: 'row', changedAt: 'row', reason: 'health' },
  },
  // The average is the reader's own figure, over the courses whose administration they receive.
  caseload: { fields: { items: { presented: 'caseloadItem' }, firstContact: 'self' } },
  caseloadItem: {
    fields: {
      courseId: 'identity',
      participantName: 'identity',
      role: 'self',
      status: 'courseAdmin',
      startDate: 'courseAdmin',
      attendanceThisMonth: 'attendanceAllWorkplaces',
      nextDue: 'courseAdmin',
      unreadLetters: 'statusLetters',
      currentStep: 'courseAdmin',
      // Momentum is the course's rhythm, like what it owes: the course's administration.
      momentum: 'courseAdmin',
    },
  },

  consentList: { fields: { consents: { view: 'consent' } } },
  consentSaved: { fields: { consent: { view: 'consent' } } },
  consent: {
    row: () => 'consents',
    fields: {
      id: 'row',
      purpose: 'row',
      recipient: 'row',
      categories: 'row',
      givenOn: 'row',
      withdrawnOn: 'row',
      active: 'row',
      replacesConsentId: 'row',
    },
  },
  // Company names are not personal data.
  consentRecipients: { fields: { companies: 'identity' } },

  noteList: { fields: { notes: { view: 'note' } } },
  noteCreated: { fields: { note: { view: 'note' } } },
  note: {
    row: (row) => (isHealthRecord(row) ? 'health' : 'notes'),
    fields: {
      id: 'row',
      date: 'row',
      track: 'row',
      body: 'row',
      visibility: 'row',
      recordsContact: 'row',
      author: 'row',
      createdAt: 'row',
    },
  },

  attendanceMonth: {
    fields: {
      month: 'self',
      days: { view: 'attendanceDay' },
      summary: 'attendanceAllWorkplaces',
      trend: 'attendanceAllWorkplaces',
    },
  },
  attendanceDaySaved: { fields: { day: { view: 'attendanceDay' } } },
  attendanceDay: {
    // A company sees the days at its own workplace only.
    row: (row, reader) =>
      reader.side === 'company' && (row.workplace as { id?: string } | null)?.id !== reader.organisationId
        ? 'attendanceAllWorkplaces'
        : 'attendance',
    fields: {
      day: 'row',
      status: 'row',
      absenceReason: 'row',
      hours: 'row',
      workplace: 'row',
      recordedByMe: 'row',
      version: 'row',
    },
  },

  goalList: { fields: { goals: { view: 'goal' } } },
  goalSaved: { fields: { goal: { view: 'goal' } } },
  goal: { row: goalRow, fields: { ...goalFields, subGoals: { view: 'subGoal' } } },
  subGoal: { row: goalRow, fields: goalFields },
  goalHistory: { fields: { versions: { view: 'goalVersion' } } },
  goalVersion: {
    row: (row) => goalRow((row.snapshot ?? {}) as Record<string, unknown>),
    fields: { version: 'row', changedAt: 'row', changedBy: 'row', snapshot: 'row' },
  },

  // Parallel efforts and the network: a health effort or a health-care person is class health,
  // so a company never receives it, whatever the consent says.
  effortList: { fields: { efforts: { view: 'effort' } } },
  effortSaved: { fields: { effort: { view: 'effort' } } },
  effort: {
    row: (row) => (isHealthEffort(row) ? 'health' : 'efforts'),
    fields: {
      id: 'row',
      kind: 'row',
      provider: 'row',
      contact: 'row',
      startsOn: 'row',
      endsOn: 'row',
      legalBasis: 'row',
      note: 'row',
      version: 'row',
      updatedAt: 'row',
    },
  },
  networkList: { fields: { members: { view: 'networkMember' } } },
  networkMemberSaved: { fields: { member: { view: 'networkMember' } } },
  networkMember: {
    row: (row) => (isHealthRelation(row) ? 'health' : 'network'),
    fields: {
      id: 'row',
      name: 'row',
      relation: 'row',
      sphere: 'row',
      phone: 'row',
      email: 'row',
      courseRole: 'row',
      closeness: 'row',
      version: 'row',
    },
  },

  // An instrument is a form, not about anyone: its questions and steps are public.
  instrument: {
    fields: {
      id: 'public',
      key: 'public',
      version: 'public',
      isDefault: 'public',
      ownedByPartnership: 'public',
      definition: 'public',
    },
  },
  instrumentSaved: { fields: { instrument: { view: 'instrument' } } },
  measurementList: {
    fields: {
      instruments: { view: 'instrument' },
      measurements: { view: 'measurement' },
      development: 'measurements',
    },
  },
  // Scores, reasons and the linked goal's id only: its title (maybe health) comes by the goal's rules.
  measurement: {
    row: () => 'measurements',
    fields: {
      id: 'row',
      instrumentId: 'row',
      measuredOn: 'row',
      entries: 'row',
      version: 'row',
      editable: 'row',
    },
  },
  measurementSaved: { fields: { measurement: { view: 'measurement' } } },
  measurementDraftState: { fields: { draft: { view: 'measurementDraft' } } },
  measurementDraft: {
    row: () => 'measurements',
    fields: {
      id: 'row',
      instrumentId: 'row',
      measuredOn: 'row',
      entries: 'row',
      openForParticipant: 'row',
      version: 'row',
      updatedAt: 'row',
    },
  },
  measurementHistory: { fields: { versions: { view: 'measurementVersion' } } },
  measurementVersion: {
    row: () => 'measurements',
    fields: { version: 'row', changedAt: 'row', changedBy: 'row', measuredOn: 'row', entries: 'row' },
  },
  // The young person's own answers to a draft opened for them.
  ownMeasurement: { fields: { open: 'measurements' } },

  accessLog: { fields: { entries: { view: 'accessLogEntry' }, participantName: 'identity' } },
  accessLogEntry: {
    row: () => 'consents',
    fields: {
      at: 'row',
      action: 'row',
      outcome: 'row',
      who: 'row',
      role: 'row',
      organisation: 'row',
    },
  },

  // The shared meeting overview (src/overview/): each meeting presented per course by the service.
  meetingOverview: {
    fields: { from: 'public', to: 'public', meetings: { presented: 'meetingOverviewItem' } },
  },
  meetingOverviewItem: {
    row: () => 'meetings',
    fields: {
      id: 'row',
      kind: 'row',
      title: 'row',
      startsAt: 'row',
      endsAt: 'row',
      place: 'row',
      status: 'row',
      invited: 'self',
      course: { fields: { id: 'identity', participantName: 'identity' } },
      partnership: 'identity',
    },
  },
  partnershipMeeting: { fields: { meeting: { presented: 'meetingOverviewItem' } } },
  // The young person's own meetings and "Følte du dig hørt?" (src/felt-heard/).
  ownMeetings: { fields: { upcoming: { view: 'ownMeeting' }, askFeltHeard: { view: 'ownMeeting' } } },
  ownMeeting: {
    row: () => 'meetings',
    fields: { id: 'row', kind: 'row', title: 'row', startsAt: 'row', endsAt: 'row', place: 'row' },
  },
  feltHeardSaved: { fields: { meetingId: 'meetings', answer: 'meetings', meetingDay: 'meetings' } },

  // The work queue and reminders span courses: each item is presented with its own course's grant.
  workQueue: {
    fields: {
      asOf: 'self',
      items: { presented: 'workQueueItem' },
      courses: { presented: 'workQueueCourse' },
    },
  },
  // An item is as sensitive as what it is about (src/work-queue/classes.ts).
  workQueueItem: {
    row: classOfQueueRow,
    fields: {
      kind: 'row',
      courseId: 'row',
      participantName: 'identity',
      subject: 'row',
      due: 'row',
      overdue: 'row',
      link: 'row',
      title: 'row',
      meetingId: 'row',
      daysWithoutContact: 'row',
    },
  },
  workQueueCourse: {
    fields: {
      courseId: 'identity',
      participantName: 'identity',
      status: 'courseAdmin',
      momentum: 'courseAdmin',
      // The partnership's promise is the same for everyone: nothing about a person.
      promiseDays: 'public',
    },
  },
  notificationList: { fields: { unread: 'self', items: { presented: 'notification' } } },
  notification: {
    // An initiative's follow-up is about no one (src/initiatives/views.ts); the rest are a course's.
    row: (row) => (row.kind === 'initiativeFollowUp' ? 'public' : classOfQueueRow(row)),
    fields: {
      id: 'row',
      kind: 'row',
      courseId: 'row',
      participantName: 'identity',
      initiativeId: 'row',
      initiativeTheme: 'row',
      due: 'row',
      overdue: 'row',
      link: 'row',
      createdAt: 'row',
      readAt: 'row',
    },
  },

  // The modules' own views (each module's views.ts); the view-policy test checks the names they use.
  ...(companyViews as Record<CompanyViewName, View>),
  ...(internshipViews as Record<InternshipViewName, View>),
  ...(jobViews as Record<JobViewName, View>),
  ...(matchingViews as Record<MatchingViewName, View>),
  ...(reportViews as Record<ReportViewName, View>),
  ...(partnershipViews as Record<PartnershipViewName, View>),
  ...(initiativeViews as Record<InitiativeViewName, View>),
  ...(statusLetterViews as Record<StatusLetterViewName, View>),
  ...(meetingViews as Record<MeetingViewName, View>),
  ...(formatViews as Record<FormatViewName, View>),
};
