/**
 * The meeting types of the model (DOMAIN.md "Meetings") and the learning circle every agenda is
 * built on. Pure: the web app imports it.
 */
export const courseMeetingKinds = [
  'visit',
  'startUp',
  'evaluation',
  'followUp',
  'status',
  'network',
  'transition',
] as const;

/** The partnership's own meetings: they belong to no course. */
export const partnershipMeetingKinds = ['developmentGroup', 'partnershipStatus'] as const;

export const meetingKinds = [...courseMeetingKinds, ...partnershipMeetingKinds] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export type CourseMeetingKind = (typeof courseMeetingKinds)[number];

export function isCourseMeetingKind(kind: MeetingKind): kind is CourseMeetingKind {
  return (courseMeetingKinds as readonly string[]).includes(kind);
}

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const feltHeardAnswers = ['yes', 'partly', 'no'] as const;
export type FeltHeardAnswer = (typeof feltHeardAnswers)[number];

/** One point on a meeting's agenda, as stored (migrations/012). */
export interface AgendaItem {
  heading: string;
  text: string;
}

type Words = { da: string; en: string };

/**
 * The learning circle's four questions (DOMAIN.md "Goals and the learning circle"), the skeleton of
 * every agenda; the development group's meetings use the action-learning wording (DOMAIN.md
 * "The partnership's view").
 */
export const learningCircle: readonly Words[] = [
  { da: 'Hvilket mål arbejder vi med?', en: 'Which goal are we working on?' },
  { da: 'Hvilke aktiviteter sætter vi i gang sammen?', en: 'Which activities do we start together?' },
  {
    da: 'Hvordan og hvornår måler vi resultatet sammen med den unge?',
    en: 'How and when do we measure the result together with the young person?',
  },
  { da: 'Hvad har vi lært, og hvilke nye mål følger?', en: 'What did we learn, and which new goals follow?' },
];

export const actionLearning: readonly Words[] = [
  { da: 'Mål', en: 'Goals' },
  { da: 'Aktiviteter', en: 'Activities' },
  { da: 'Erfaringer og refleksion', en: 'Experience and reflection' },
  { da: 'Resultater og justeringer', en: 'Results and adjustments' },
];

/**
 * How the approved minutes went out (migrations/015): handed to the SMTP server, written to the
 * log directory because no mail server is set up, failed (re-sendable), or nobody to send to.
 */
export const minutesMailStatuses = ['sent', 'written', 'failed', 'noRecipients'] as const;
export type MinutesMailStatus = (typeof minutesMailStatuses)[number];
export interface MinutesMail {
  at: string;
  status: MinutesMailStatus;
  recipients: string[];
}
