import type { AuditAction } from './actions.ts';

/**
 * What each audit action means, in easy-read words for the young person's access log (web page and
 * download). Pure: the web app imports it, so the words exist once.
 */
export const actionWords: Record<'da' | 'en', Record<AuditAction, string>> = {
  da: {
    'auth.signIn': 'Loggede ind.',
    'auth.lockout': 'Log ind blev spærret efter for mange forsøg.',
    'caseload.read': 'Så dit navn på sin liste over unge.',
    'course.access': 'Prøvede at åbne dit forløb, men måtte ikke.',
    'course.read': 'Så oversigten over dit forløb.',
    'course.status.change': 'Ændrede status på dit forløb.',
    'consents.read': 'Så dine samtykker.',
    'consent.give': 'Skrev et nyt samtykke fra dig.',
    'consent.narrow': 'Gjorde et samtykke mindre: der deles færre ting nu.',
    'consent.withdraw': 'Trak et samtykke tilbage.',
    'journal.read': 'Læste notater om dig.',
    'journal.write': 'Skrev et notat om dig.',
    'attendance.read': 'Så dit fremmøde.',
    'attendance.write': 'Skrev dit fremmøde.',
    'attendance.delete': 'Slettede en dag i dit fremmøde.',
    'goals.read': 'Så dine mål.',
    'goals.create': 'Skrev et nyt mål.',
    'goals.update': 'Ændrede et mål.',
    'goals.history.read': 'Så, hvordan et mål har ændret sig.',
    'report.read': 'Lavede tal om mange unge. Dine tal var med.',
    'participant.import': 'Dine oplysninger blev flyttet ind fra et andet system.',
    'accessLog.read': 'Så, hvem der har set dine oplysninger.',
    'accessLog.export': 'Hentede listen over, hvem der har set dine oplysninger.',
    'admin.user.create': 'Oprettede en bruger.',
  },
  en: {
    'auth.signIn': 'Signed in.',
    'auth.lockout': 'Signing in was blocked after too many tries.',
    'caseload.read': 'Saw your name on their list of young people.',
    'course.access': 'Tried to open your course, but was not allowed.',
    'course.read': 'Saw the overview of your course.',
    'course.status.change': 'Changed the status of your course.',
    'consents.read': 'Saw your consents.',
    'consent.give': 'Wrote down a new consent from you.',
    'consent.narrow': 'Made a consent smaller: fewer things are shared now.',
    'consent.withdraw': 'Withdrew a consent.',
    'journal.read': 'Read notes about you.',
    'journal.write': 'Wrote a note about you.',
    'attendance.read': 'Saw your attendance.',
    'attendance.write': 'Wrote down your attendance.',
    'attendance.delete': 'Deleted a day of your attendance.',
    'goals.read': 'Saw your goals.',
    'goals.create': 'Wrote a new goal.',
    'goals.update': 'Changed a goal.',
    'goals.history.read': 'Saw how a goal has changed.',
    'report.read': 'Made figures about many young people. Yours were included.',
    'participant.import': 'Your information was moved in from another system.',
    'accessLog.read': 'Saw who has seen your information.',
    'accessLog.export': 'Downloaded the list of who has seen your information.',
    'admin.user.create': 'Created a user.',
  },
};

/** Roles in the download's words (the web page words them from its own i18n). */
export const roleWordsDa: Record<string, string> = {
  youthCoordinator: 'ungekoordinator',
  caseworker: 'sagsbehandler',
  workshopMentor: 'værkstedsmentor',
  jobConsultant: 'jobkonsulent',
  companyMentor: 'virksomhedsmentor',
  participant: 'dig selv',
  leader: 'leder',
};
