import type { AgreementTerms, OutcomeType, Party } from './api.ts';

/**
 * The agreement's terms as the form holds them: numbers as typed text, shares as whole percent
 * ("87" for 0.87), and a key per row so React keeps rows apart while they are added and removed.
 * Pure: `toDraft` and `fromDraft` are each other's inverse for valid input.
 */

interface Keyed {
  key: number;
}
export interface MemberDraft extends Keyed {
  name: string;
  role: string;
  party: Party;
}
export interface OutcomeTargetDraft extends Keyed {
  label: string;
  outcomes: OutcomeType[];
  percent: string;
}
export interface RoleDraft extends Keyed {
  role: string;
  tasks: string;
}
export interface MeetingDraft extends Keyed {
  format: string;
  cadence: string;
}
export interface PackageDraft extends Keyed {
  name: string;
  content: string;
  monthlyPrice: string;
}

export interface TermsDraft {
  parties: { municipalityLeader: string; institutionLeader: string };
  developmentGroup: MemberDraft[];
  goals: {
    purpose: string;
    intakeTarget: string;
    closerSharePercent: string;
    outcomeSplit: OutcomeTargetDraft[];
    firstContactDays: string;
    otherCriteria: string;
  };
  roles: RoleDraft[];
  meetings: MeetingDraft[];
  documentation: {
    baselineMonths: string;
    measurementMonths: string;
    statusLetterMonths: string;
    other: string;
  };
  packages: PackageDraft[];
  period: { from: string; to: string };
}

let nextKey = 1;
/** A fresh key for a new row. */
export const newKey = () => nextKey++;

const text = (n: number | null) => (n === null ? '' : String(n));
/** A share 0..1 as whole percent; 0.875 shows as 88 (the form takes whole percent). */
export const toPercent = (share: number | null) => (share === null ? '' : String(Math.round(share * 100)));
/** Whole percent back to a share; "87" → 0.87. */
export const fromPercent = (percent: string) => Number(percent.trim()) / 100;

export function toDraft(terms: AgreementTerms): TermsDraft {
  return {
    parties: { ...terms.parties },
    developmentGroup: terms.developmentGroup.map((m) => ({ ...m, key: newKey() })),
    goals: {
      purpose: terms.goals.purpose,
      intakeTarget: text(terms.goals.intakeTarget),
      closerSharePercent: toPercent(terms.goals.closerShareTarget),
      outcomeSplit: terms.goals.outcomeSplit.map((o) => ({
        key: newKey(),
        label: o.label,
        outcomes: [...o.outcomes],
        percent: toPercent(o.share),
      })),
      firstContactDays: text(terms.goals.firstContactDays),
      otherCriteria: terms.goals.otherCriteria,
    },
    roles: terms.roles.map((r) => ({ ...r, key: newKey() })),
    meetings: terms.meetings.map((m) => ({ ...m, key: newKey() })),
    documentation: {
      baselineMonths: text(terms.documentation.baselineMonths),
      measurementMonths: text(terms.documentation.measurementMonths),
      statusLetterMonths: text(terms.documentation.statusLetterMonths),
      other: terms.documentation.other,
    },
    packages: terms.packages.map((p) => ({ ...p, monthlyPrice: text(p.monthlyPrice), key: newKey() })),
    period: { from: terms.period.from, to: terms.period.to ?? '' },
  };
}

/** A whole number typed in a field (spaces and Danish thousands separators allowed: "14.500"). */
const compact = (value: string) => value.replace(/\s/g, '');
export const isWhole = (value: string) => /^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact(value));
const whole = (value: string) => Number(compact(value).replace(/\./g, ''));
const optionalWhole = (value: string) => (value.trim() === '' ? null : whole(value));

/** The terms to send; the draft must be valid (see `draftErrors`). */
export function fromDraft(d: TermsDraft): AgreementTerms {
  const drop = <T extends Keyed>({ key: _, ...rest }: T) => rest;
  return {
    parties: { ...d.parties },
    developmentGroup: d.developmentGroup.map(drop),
    goals: {
      purpose: d.goals.purpose,
      intakeTarget: optionalWhole(d.goals.intakeTarget),
      closerShareTarget:
        d.goals.closerSharePercent.trim() === '' ? null : fromPercent(d.goals.closerSharePercent),
      outcomeSplit: d.goals.outcomeSplit.map((o) => ({
        label: o.label,
        outcomes: o.outcomes,
        share: fromPercent(o.percent),
      })),
      firstContactDays: whole(d.goals.firstContactDays),
      otherCriteria: d.goals.otherCriteria,
    },
    roles: d.roles.map(drop),
    meetings: d.meetings.map(drop),
    documentation: {
      baselineMonths: whole(d.documentation.baselineMonths),
      measurementMonths: whole(d.documentation.measurementMonths),
      statusLetterMonths: whole(d.documentation.statusLetterMonths),
      other: d.documentation.other,
    },
    packages: d.packages.map((p) => ({
      name: p.name,
      content: p.content,
      monthlyPrice: whole(p.monthlyPrice),
    })),
    period: { from: d.period.from, to: d.period.to === '' ? null : d.period.to },
  };
}

/** The input id of a field by its path in the terms: `packages[1].monthlyPrice` → `agreement-packages-1-monthlyPrice`. */
export const fieldId = (path: string) => `agreement-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;

export type DraftProblem = 'missing' | 'number' | 'percent' | 'range';

/** What is wrong before sending, by the field's path in the terms. */
export function draftErrors(d: TermsDraft): Record<string, DraftProblem> {
  const out: Record<string, DraftProblem> = {};
  const needWhole = (path: string, value: string, min: number, max: number, optional = false) => {
    if (optional && value.trim() === '') return;
    if (!isWhole(value)) out[path] = value.trim() === '' ? 'missing' : 'number';
    else if (whole(value) < min || whole(value) > max) out[path] = 'range';
  };
  const needPercent = (path: string, value: string, optional = false) => {
    if (optional && value.trim() === '') return;
    if (!isWhole(value) || whole(value) > 100) out[path] = value.trim() === '' ? 'missing' : 'percent';
  };
  const needText = (path: string, value: string) => {
    if (value.trim() === '') out[path] = 'missing';
  };
  d.developmentGroup.forEach((m, i) => {
    needText(`developmentGroup[${i}].name`, m.name);
    needText(`developmentGroup[${i}].role`, m.role);
  });
  needWhole('goals.intakeTarget', d.goals.intakeTarget, 0, 100000, true);
  needPercent('goals.closerShareTarget', d.goals.closerSharePercent, true);
  d.goals.outcomeSplit.forEach((o, i) => {
    needText(`goals.outcomeSplit[${i}].label`, o.label);
    if (o.outcomes.length === 0) out[`goals.outcomeSplit[${i}].outcomes`] = 'missing';
    needPercent(`goals.outcomeSplit[${i}].share`, o.percent);
  });
  needWhole('goals.firstContactDays', d.goals.firstContactDays, 1, 365);
  d.roles.forEach((r, i) => {
    needText(`roles[${i}].role`, r.role);
  });
  d.meetings.forEach((m, i) => {
    needText(`meetings[${i}].format`, m.format);
  });
  needWhole('documentation.baselineMonths', d.documentation.baselineMonths, 1, 12);
  needWhole('documentation.measurementMonths', d.documentation.measurementMonths, 1, 24);
  needWhole('documentation.statusLetterMonths', d.documentation.statusLetterMonths, 1, 12);
  d.packages.forEach((p, i) => {
    needText(`packages[${i}].name`, p.name);
    needWhole(`packages[${i}].monthlyPrice`, p.monthlyPrice, 0, 10_000_000);
  });
  needText('period.from', d.period.from);
  if (d.period.to !== '' && d.period.from !== '' && d.period.to < d.period.from) out['period.to'] = 'range';
  return out;
}

/** Every field's path in the terms, for mapping the server's field names to the form's inputs. */
export function termPaths(d: TermsDraft): string[] {
  const rows = (list: string, items: readonly unknown[], keys: readonly string[]) =>
    items.flatMap((_, i) => keys.map((k) => `${list}[${i}].${k}`));
  return [
    'parties.municipalityLeader',
    'parties.institutionLeader',
    ...rows('developmentGroup', d.developmentGroup, ['name', 'role', 'party']),
    'goals.purpose',
    'goals.intakeTarget',
    'goals.closerShareTarget',
    ...rows('goals.outcomeSplit', d.goals.outcomeSplit, ['label', 'outcomes', 'share']),
    'goals.firstContactDays',
    'goals.otherCriteria',
    ...rows('roles', d.roles, ['role', 'tasks']),
    ...rows('meetings', d.meetings, ['format', 'cadence']),
    'documentation.baselineMonths',
    'documentation.measurementMonths',
    'documentation.statusLetterMonths',
    'documentation.other',
    ...rows('packages', d.packages, ['name', 'content', 'monthlyPrice']),
    'period.from',
    'period.to',
  ];
}
