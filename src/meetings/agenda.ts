import { type AgendaItem, actionLearning, learningCircle, type MeetingKind } from './kinds.ts';

type Words = { da: string; en: string };

/**
 * What each kind of meeting is for (DOMAIN.md "The course workflow" and "Meetings"): the first
 * point of its agenda, before the learning circle's four questions. Pure: the web app prefills
 * the planning form with it, the server uses it when a meeting is planned without an agenda.
 */
const purpose: Record<MeetingKind, Words> = {
  visit: {
    da: 'Velkomst: kontaktperson, hvor og hvornår vi mødes, arbejdstider og de første opgaver',
    en: 'Welcome: contact person, where and when we meet, working hours and the first tasks',
  },
  startUp: {
    da: 'Opstart: den unges ønsker og de første mål for forløbet',
    en: 'Start-up: what the young person wants and the first goals of the course',
  },
  evaluation: {
    da: 'Evaluering af prøveperioden og planen for forløbet',
    en: 'Evaluation of the trial period and the plan for the course',
  },
  followUp: {
    da: 'Opfølgning: hvordan går det siden sidst?',
    en: 'Follow-up: how has it gone since last time?',
  },
  status: {
    da: 'Status: udviklingen siden sidste statusbrev',
    en: 'Status: the development since the last status letter',
  },
  network: {
    da: 'Netværket: hvem støtter den unge, og hvem gør hvad?',
    en: 'The network: who supports the young person, and who does what?',
  },
  transition: {
    da: 'Overgang: praktik, job eller uddannelse og hvem der følger op',
    en: 'Transition: internship, job or education and who follows up',
  },
  developmentGroup: { da: 'Udviklingsgruppen: siden sidst', en: 'The development group: since last time' },
  partnershipStatus: {
    da: 'Partnerskabets halvårlige status',
    en: "The partnership's half-yearly status",
  },
};

const closing: Words = { da: 'Aftaler, opgaver og næste møde', en: 'Agreements, tasks and the next meeting' };

/** The agenda a new meeting of this kind starts with, in the planner's language; always editable. */
export function agendaFor(kind: MeetingKind, locale: 'da' | 'en'): AgendaItem[] {
  const questions =
    kind === 'developmentGroup' || kind === 'partnershipStatus' ? actionLearning : learningCircle;
  return [purpose[kind], ...questions, closing].map((words) => ({ heading: words[locale], text: '' }));
}

/** The kinds in words, for the minutes' e-mail (the web app words them from its own i18n). */
export const kindWords: Record<MeetingKind, Words> = {
  visit: { da: 'Besøg', en: 'Visit' },
  startUp: { da: 'Opstartsmøde', en: 'Start-up meeting' },
  evaluation: { da: 'Evalueringsmøde', en: 'Evaluation meeting' },
  followUp: { da: 'Opfølgningsmøde', en: 'Follow-up meeting' },
  status: { da: 'Statusmøde', en: 'Status meeting' },
  network: { da: 'Netværksmøde', en: 'Network meeting' },
  transition: { da: 'Overgangsmøde', en: 'Transition meeting' },
  developmentGroup: { da: 'Udviklingsgruppemøde', en: 'Development group meeting' },
  partnershipStatus: { da: 'Partnerskabsstatus', en: 'Partnership status' },
};
