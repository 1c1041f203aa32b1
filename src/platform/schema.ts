import type { ColumnType, Generated } from 'kysely';
import type { EffortKind, LegalBasis } from '../efforts/kinds.ts';
import type { AgendaItem, MeetingKind, MinutesMail } from '../meetings/kinds.ts';
import type { Closeness, Relation, Sphere } from '../network/relations.ts';
import type { AgreementTerms } from '../partnerships/terms.ts';
import type { CompaniesTables } from './schema-companies.ts';
import type { InitiativesTables } from './schema-initiatives.ts';

/** Kysely's view of the tables in migrations/. Dates are 'YYYY-MM-DD' strings. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'municipality' | 'institution' | 'company' | 'other';
  name: string;
  cvr: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<'da' | 'en'>;
  phone: string | null;
  disabled_at: Date | null;
  created_at: Timestamp;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: Timestamp;
}

export interface PartnershipsTable {
  id: Generated<string>;
  municipality_id: string;
  institution_id: string;
  name: string;
  target_admitted: number | null;
  target_closer_share: number | null;
  created_at: Timestamp;
  /** Days from referral to first contact the partnership promises (migrations/018). */
  first_contact_promise_days: Generated<number>;
  /** The due intervals in months, copied from the current agreement (migrations/020). */
  baseline_months: Generated<number>;
  measurement_months: Generated<number>;
  status_letter_months: Generated<number>;
}

/** One version of a partnership's agreement (migrations/020); terms: src/partnerships/terms.ts. */
export interface PartnershipAgreementsTable {
  id: Generated<string>;
  partnership_id: string;
  version: number;
  terms: ColumnType<AgreementTerms, string, string>;
  change_note: Generated<string>;
  changed_by: string | null;
  created_at: Generated<Date>;
  municipality_approved_by: string | null;
  municipality_approved_at: Date | null;
  institution_approved_by: string | null;
  institution_approved_at: Date | null;
}

export interface ParticipantsTable {
  id: Generated<string>;
  municipality_id: string;
  partnership_id: string;
  ref: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  gender: 'female' | 'male' | 'other';
  disabilities: ColumnType<string[], string[] | undefined, string[]>;
  acquired_strains: ColumnType<string[], string[] | undefined, string[]>;
  support_needs: Generated<string>;
  phone: string | null;
  email: string | null;
  cpr_encrypted: string | null;
  user_id: string | null;
  created_at: Timestamp;
}

export interface CoursesTable {
  id: Generated<string>;
  municipality_id: string;
  partnership_id: string;
  participant_id: string;
  referral_date: string | null;
  start_date: string | null;
  granted_months: number | null;
  status: Generated<'active' | 'paused' | 'ended'>;
  outcome_type: string | null;
  outcome_date: string | null;
  created_at: Timestamp;
  /** Raised by every change to the course's state: its ETag (migrations/008). */
  version: Generated<number>;
  /** Recorded by the workflow's visit step (migrations/012). */
  first_contact_date: Generated<string | null>;
  /** The referral: the rehabilitation team's plan in summary, and the package (migrations/013). */
  plan_summary: Generated<string>;
  package: Generated<string>;
}

export interface CourseStatusHistoryTable {
  id: Generated<number>;
  municipality_id: string;
  course_id: string;
  status: 'active' | 'paused' | 'ended';
  effective_date: string;
  reason: Generated<string>;
  changed_by: string | null;
  changed_at: Timestamp;
  /** Mirrors a pause or resumption an interchange v2 file listed (migrations/009). */
  imported_change: Generated<boolean>;
}

export interface CourseTeamTable {
  municipality_id: string;
  course_id: string;
  user_id: string;
  organisation_id: string;
  role: string;
  added_at: Timestamp;
}

export interface ConsentsTable {
  id: Generated<string>;
  municipality_id: string;
  participant_id: string;
  purpose: 'shareWithMunicipality' | 'shareWithCompany' | 'statistics';
  recipient_organisation_id: string | null;
  given_on: string;
  withdrawn_on: string | null;
  recorded_by: string | null;
  withdrawn_by: string | null;
  /** What may be shared (src/consents/categories.ts). */
  categories: ColumnType<string[], string[] | undefined, string[]>;
  replaces_consent_id: string | null;
  created_at: Timestamp;
}

export interface JournalNotesTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  author_id: string;
  note_date: string;
  track: string | null;
  body: string;
  visibility: 'team' | 'professionals' | 'institution';
  created_at: Timestamp;
  /** The note records contact with the young person: a last contact (migrations/018). */
  records_contact: Generated<boolean>;
}

export interface AttendanceTable {
  municipality_id: string;
  course_id: string;
  participant_id: string;
  day: string;
  status: 'present' | 'absent';
  absence_reason: 'sick' | 'agreed' | 'unexplained' | null;
  hours: number;
  /** Where the day was spent: the institution's own workplace or a company's. */
  workplace_organisation_id: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
  /** Raised by every correction of the day: its ETag (migrations/008). */
  version: Generated<number>;
}

/** Registered days per course and month, kept by triggers on attendance (migrations/022). */
export interface AttendanceMonthsTable {
  course_id: string;
  month: string;
  present: number;
  absent: number;
}

/** What the due-date rules and momentum read about a course, kept by triggers (migrations/023). */
export interface CourseFactsTable {
  course_id: string;
  status_changes: unknown;
  measured_on: unknown;
  letters_approved_on: unknown;
  unread_letters: number;
  step_kinds: unknown;
  last_present: string | null;
  last_meeting: string | null;
  last_contact_note: string | null;
  next_meeting: string | null;
  next_task: string | null;
}

export interface GoalsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  parent_goal_id: string | null;
  area: string;
  track: string | null;
  title: string;
  status: Generated<string>;
  circle_goal: Generated<string>;
  circle_activities: Generated<string>;
  circle_measure: Generated<string>;
  circle_learned: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalVersionsTable {
  municipality_id: string;
  goal_id: string;
  version: number;
  snapshot: ColumnType<unknown, string, string>;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface MeasurementInstrumentsTable {
  id: Generated<string>;
  key: string;
  version: number;
  definition: ColumnType<unknown, string, string>;
  /** null: built in; otherwise the partnership that owns it (migrations/010). */
  partnership_id: ColumnType<string | null, string | null | undefined, never>;
  created_by: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
}

export interface MeasurementsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  instrument_id: string;
  measured_on: string;
  scores: ColumnType<Record<string, number>, string, string>;
  /** Whose view: the professional's (counts) or the young person's own, beside it (migrations/009). */
  perspective: Generated<'professional' | 'participant'>;
  recorded_by: string | null;
  created_at: Timestamp;
  /** The approved dialogue the row came from (migrations/010); null: imported or older. */
  dialogue_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An approved measurement dialogue (migrations/010): both perspectives, reasons, linked goals. */
export interface MeasurementDialoguesTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  instrument_id: string;
  measured_on: string;
  entries: ColumnType<unknown, string, string>;
  version: Generated<number>;
  approved_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeasurementDialogueVersionsTable {
  dialogue_id: string;
  version: number;
  municipality_id: string;
  snapshot: ColumnType<unknown, string, string>;
  changed_by: string | null;
  changed_at: Timestamp;
}

/** The course's one measurement being taken (migrations/010); never read as a measurement. */
export interface MeasurementDraftsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  instrument_id: string;
  measured_on: string;
  entries: ColumnType<unknown, string, string>;
  open_for_participant: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An approved status letter (migrations/009); recorded_by null: imported. */
export interface StatusLettersTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  approved_on: string;
  body: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
  /** The letter workflow (migrations/011): null on an imported letter. */
  period_from: string | null;
  period_to: string | null;
  sections: ColumnType<unknown, string | null | undefined, never>;
  approved_by: string | null;
  letter_version: Generated<number>;
  replaces_id: string | null;
  first_read_by: string | null;
  first_read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The one draft letter a course may have (migrations/011): for the institution only. */
export interface StatusLetterDraftsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  period_from: string;
  period_to: string;
  sections: ColumnType<unknown, string, string>;
  replaces_id: string | null;
  version: Generated<number>;
  created_by: string;
  updated_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  succeeded: boolean;
  address: ColumnType<string, string | undefined, string>;
  attempted_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  action: string;
  municipality_id: string | null;
  participant_id: string | null;
  course_id: string | null;
  object_type: string | null;
  object_id: string | null;
  purpose: string;
  detail: ColumnType<unknown, string | null, never>;
  outcome: ColumnType<'ok' | 'refused', 'ok' | 'refused' | undefined, never>;
  written_at: ColumnType<Date, never, never>;
}

/** The hash chain beside the audit log (migrations/005). */
export interface AuditSealsTable {
  seq: number;
  audit_id: number;
  row_hash: string;
  prev_hash: string;
  chain_hash: string;
  sealed_at: ColumnType<Date, never, never>;
}

/** The first answer to a POST with an Idempotency-Key (migrations/008). */
export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  response_headers: ColumnType<Record<string, string> | null, string | null, string | null>;
  write_committed: Generated<boolean>;
  created_at: Timestamp;
}

/** A meeting on a course, or one of the partnership's own (migrations/012). */
export interface MeetingsTable {
  id: Generated<string>;
  municipality_id: string;
  partnership_id: string;
  course_id: string | null;
  kind: MeetingKind;
  title: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: Generated<string>;
  host_id: string | null;
  chair_id: string | null;
  agenda: ColumnType<AgendaItem[], string | undefined, string>;
  minutes: Generated<string>;
  decisions: ColumnType<string[], string | undefined, string>;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  minutes_approved_at: Date | null;
  minutes_approved_by: string | null;
  /** The last sending of the approved minutes (migrations/015). */
  minutes_mail: ColumnType<MinutesMail | null, string | null | undefined, string | null>;
  format_id: string | null;
  format_rule: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingParticipantsTable {
  id: Generated<string>;
  municipality_id: string;
  meeting_id: string;
  kind: 'user' | 'youngPerson' | 'external';
  user_id: string | null;
  name: string | null;
  role: string | null;
  email: string | null;
  present: boolean | null;
}

export interface TasksTable {
  id: Generated<string>;
  municipality_id: string;
  partnership_id: string;
  course_id: string | null;
  meeting_id: string | null;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  deadline: string | null;
  done_at: Date | null;
  done_by: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
}

export interface MeetingFeedbackTable {
  meeting_id: string;
  participant_id: string;
  municipality_id: string;
  partnership_id: string;
  answer: 'yes' | 'partly' | 'no';
  meeting_day: string;
  answered_at: Timestamp;
}

/** The course workflow's recorded steps (migrations/013); details per kind: src/course-steps/schemas.ts. */
export interface CourseStepsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  kind: string;
  step_date: string;
  details: ColumnType<unknown, string, string>;
  version: Generated<number>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface CourseStepVersionsTable {
  municipality_id: string;
  step_id: string;
  version: number;
  step_date: string;
  details: ColumnType<unknown, string, string>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ParallelEffortsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  kind: EffortKind;
  provider: string;
  contact_name: Generated<string>;
  contact_phone: Generated<string>;
  contact_email: Generated<string>;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string | null, string | null | undefined, string | null>;
  legal_basis: LegalBasis;
  note: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ParallelEffortVersionsTable {
  municipality_id: string;
  effort_id: string;
  version: number;
  snapshot: ColumnType<unknown, string, string>;
  changed_by: string | null;
  changed_at: Timestamp;
}

/** Coordination formats (migrations/017): the default (no partnership) and each partnership's own. */
export interface CoordinationFormatsTable {
  id: Generated<string>;
  partnership_id: string | null;
  name: string;
  description: Generated<string>;
  rules: ColumnType<unknown, string, string>;
  copied_from: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CoordinationFormatVersionsTable {
  format_id: string;
  version: number;
  name: string;
  description: string;
  rules: ColumnType<unknown, string, string>;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface NetworkMembersTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  name: string;
  relation: Relation;
  sphere: Sphere;
  phone: Generated<string>;
  email: Generated<string>;
  course_role: Generated<string>;
  closeness: Closeness;
  version: Generated<number>;
  removed_at: Date | null;
  removed_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A user's secret calendar-feed address, stored as a hash (migrations/016). */
export interface CalendarTokensTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface CourseFormatsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  format_id: string;
  events: ColumnType<Record<string, string>, string | undefined, string>;
  applied_on: string;
  applied_by: string;
  applied_at: Timestamp;
  stopped_on: string | null;
  stopped_by: string | null;
  version: Generated<number>;
}

export interface FormatOccurrencesTable {
  course_id: string;
  format_id: string;
  rule_id: string;
  occurrence: number;
  municipality_id: string;
  course_format_id: string;
  meeting_id: string | null;
  planned_on: string;
}

/** What the daily reminder job found due or overdue for a user (migrations/018). */
export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  municipality_id: string;
  kind: 'measurement' | 'statusLetter' | 'task' | 'minutes' | 'noContact' | 'initiativeFollowUp';
  /** Exactly one of the two (migrations/021): a course's reminder, or an initiative's follow-up. */
  course_id: string | null;
  initiative_id: ColumnType<string | null, string | null | undefined, string | null>;
  subject_ref: string;
  due_on: string;
  overdue: boolean;
  created_at: Generated<Date>;
  read_at: Date | null;
}

/** A user's opt-in to the daily e-mail digest (migrations/018). */
export interface ReminderSettingsTable {
  user_id: string;
  digest_email: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface Database extends CompaniesTables, InitiativesTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  partnerships: PartnershipsTable;
  partnership_agreements: PartnershipAgreementsTable;
  participants: ParticipantsTable;
  courses: CoursesTable;
  course_status_history: CourseStatusHistoryTable;
  course_team: CourseTeamTable;
  consents: ConsentsTable;
  journal_notes: JournalNotesTable;
  attendance: AttendanceTable;
  attendance_months: AttendanceMonthsTable;
  course_facts: CourseFactsTable;
  goals: GoalsTable;
  goal_versions: GoalVersionsTable;
  measurement_instruments: MeasurementInstrumentsTable;
  measurements: MeasurementsTable;
  measurement_dialogues: MeasurementDialoguesTable;
  measurement_dialogue_versions: MeasurementDialogueVersionsTable;
  measurement_drafts: MeasurementDraftsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  audit_seals: AuditSealsTable;
  idempotency_keys: IdempotencyKeysTable;
  status_letters: StatusLettersTable;
  status_letter_drafts: StatusLetterDraftsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  notifications: NotificationsTable;
  reminder_settings: ReminderSettingsTable;
  tasks: TasksTable;
  meeting_feedback: MeetingFeedbackTable;
  course_steps: CourseStepsTable;
  course_step_versions: CourseStepVersionsTable;
  parallel_efforts: ParallelEffortsTable;
  parallel_effort_versions: ParallelEffortVersionsTable;
  network_members: NetworkMembersTable;
  calendar_tokens: CalendarTokensTable;
  coordination_formats: CoordinationFormatsTable;
  coordination_format_versions: CoordinationFormatVersionsTable;
  course_formats: CourseFormatsTable;
  format_occurrences: FormatOccurrencesTable;
}
