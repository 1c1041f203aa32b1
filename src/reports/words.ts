import type { OutcomeType } from '../courses/outcomes.ts';
import { NO_DISABILITY, ONGOING, UNDECIDED } from './compute.ts';
import type { FigureName, FigureValue } from './figures.ts';

/**
 * The report's words in Danish for what the server writes itself (the CSV file and the printed
 * report); the web app words the same keys from its i18n (namespace `figures`).
 */
export const genderWords: Record<string, string> = { female: 'Kvinde', male: 'Mand', other: 'Andet' };

const disabilityWords: Record<string, string> = {
  cognitive: 'kognitiv',
  physical: 'fysisk',
  psychological: 'psykisk',
};

export const outcomeWords: Record<OutcomeType | typeof ONGOING, string> = {
  ordinaryJob: 'Ordinært job',
  flexJob: 'Fleksjob',
  wageSubsidyJob: 'Job med løntilskud for førtidspensionister',
  shelteredEmployment: 'Beskyttet beskæftigelse',
  education: 'Ordinær uddannelse',
  otherCourse: 'Andet beskæftigelsesrettet forløb',
  movedAway: 'Flyttet til en anden kommune',
  stopped: 'Stoppet',
  [ONGOING]: 'I gang',
};

/** "cognitive+psychological" → "kognitiv og psykisk"; "none" → "ingen registreret". */
export function disabilityCombinationWords(key: string): string {
  if (key === NO_DISABILITY) return 'ingen registreret';
  const parts = key.split('+').map((k) => disabilityWords[k] ?? k);
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/** A distribution's key in words, e.g. byGrantedMonths "36" → "36 måneder". */
export function keyWords(figure: FigureName, key: string): string {
  switch (figure) {
    case 'byGender':
      return genderWords[key] ?? key;
    case 'byAgeAtStart':
      return `${key} år`;
    case 'byDisabilityCombination':
      return disabilityCombinationWords(key);
    case 'byGrantedMonths':
      return key === UNDECIDED ? 'Ikke besluttet' : `${key} måneder`;
    case 'outcomes':
      return outcomeWords[key as OutcomeType] ?? key;
    default:
      return key;
  }
}

/** Each figure's name, as a heading or a file name says it. */
export const figureTitles: Record<FigureName, string> = {
  inStatistics: 'Med i statistikken',
  atLeastOneYear: 'Mindst et år i forløb',
  closer: 'Kommet tættere på arbejdsmarkedet',
  notCloser: 'Ikke kommet tættere på arbejdsmarkedet',
  byGender: 'Køn',
  byAgeAtStart: 'Alder ved start',
  byDisabilityCombination: 'Funktionsnedsættelser',
  byGrantedMonths: 'Bevilget længde',
  outcomes: 'Afslutning',
  firstContact: 'Fra henvisning til første kontakt',
};

/** The header of the value column in each figure's rows. */
export const valueHeaders: Record<FigureName, string> = {
  inStatistics: 'Dage i forløb',
  atLeastOneYear: 'Dage i forløb',
  closer: 'Samlet udvikling',
  notCloser: 'Samlet udvikling',
  byGender: 'Køn',
  byAgeAtStart: 'Alder ved start',
  byDisabilityCombination: 'Funktionsnedsættelser',
  byGrantedMonths: 'Bevilgede måneder',
  outcomes: 'Afslutning',
  firstContact: 'Dage fra henvisning til første kontakt',
};

/** A row's value as the file writes it: numbers stay numbers, keys become words. */
export function valueCell(figure: FigureName, value: FigureValue): string | number | null {
  if (value === null) return figure === 'byGrantedMonths' ? keyWords(figure, UNDECIDED) : null;
  if (typeof value === 'number') return value;
  return keyWords(figure, value);
}

/** A share as Danish print writes it: 0.7 → "70 %", 0.876 → "87,6 %". */
export function percentWords(share: number): string {
  return `${String(Math.round(share * 1000) / 10).replace('.', ',')} %`;
}

/** A number with a Danish decimal comma, one decimal at most: 6.25 → "6,3". */
export function decimalWords(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** The success criterion in words (DOMAIN.md "Measurement"), as the dashboard and the report say it. */
export function successCriterionWords(report: {
  atLeastOneYear: number;
  closerToLabourMarket: number;
  closerShare: number | null;
  targets: { closerShare: number | null };
}): string {
  const target =
    report.targets.closerShare === null ? '' : ` Målet er ${percentWords(report.targets.closerShare)}.`;
  if (report.closerShare === null)
    return `Ingen af de unge i statistikken har været i forløb i mindst et år endnu.${target}`;
  return (
    `${percentWords(report.closerShare)} (${report.closerToLabourMarket} af ${report.atLeastOneYear} unge med mindst ` +
    `et år i forløb) er kommet tættere på arbejdsmarkedet.${target}`
  );
}
