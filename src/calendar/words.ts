import type { MeetingKind } from '../meetings/kinds.ts';

/**
 * What a meeting is called in a subscriber's calendar: the kind only, in the owner's language. The
 * calendar is outside ViVirk (a phone, Outlook), so the title, which may say anything, never goes there.
 */
export const kindWords: Record<'da' | 'en', Record<MeetingKind, string>> = {
  da: {
    visit: 'Snusetur',
    startUp: 'Opstartsmøde',
    evaluation: 'Evalueringsmøde',
    followUp: 'Opfølgningsmøde',
    status: 'Statusmøde',
    network: 'Netværksmøde',
    transition: 'Overgangsmøde',
    developmentGroup: 'Udviklingsgruppe',
    partnershipStatus: 'Partnerskabets statusmøde',
  },
  en: {
    visit: 'Visit',
    startUp: 'Start-up meeting',
    evaluation: 'Evaluation meeting',
    followUp: 'Follow-up meeting',
    status: 'Status meeting',
    network: 'Network meeting',
    transition: 'Transition meeting',
    developmentGroup: 'Development group',
    partnershipStatus: 'Partnership status meeting',
  },
};

/** "Sara Holm" → "S.H.": enough for the team to know whose meeting it is, not a name in someone's calendar. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`)
    .join('');
}
