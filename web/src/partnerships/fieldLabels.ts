import type { TFunction } from 'i18next';

/** The label of each field of the terms by its last key (the form's inputs and the comparison's words). */
export const leafLabels = {
  municipalityLeader: 'agreement.fields.municipalityLeader',
  institutionLeader: 'agreement.fields.institutionLeader',
  name: 'agreement.fields.name',
  role: 'agreement.fields.role',
  party: 'agreement.fields.party',
  purpose: 'agreement.fields.purpose',
  intakeTarget: 'agreement.fields.intakeTarget',
  closerShareTarget: 'agreement.fields.closerShareTarget',
  firstContactDays: 'agreement.fields.firstContactDays',
  otherCriteria: 'agreement.fields.otherCriteria',
  label: 'agreement.fields.label',
  outcomes: 'agreement.fields.outcomes',
  share: 'agreement.fields.share',
  tasks: 'agreement.fields.tasks',
  format: 'agreement.fields.format',
  cadence: 'agreement.fields.cadence',
  baselineMonths: 'agreement.fields.baselineMonths',
  measurementMonths: 'agreement.fields.measurementMonths',
  statusLetterMonths: 'agreement.fields.statusLetterMonths',
  other: 'agreement.fields.other',
  content: 'agreement.fields.content',
  monthlyPrice: 'agreement.fields.monthlyPrice',
  from: 'agreement.fields.from',
  to: 'agreement.fields.to',
} as const;
export type LeafKey = keyof typeof leafLabels;

export const rowLists = ['developmentGroup', 'outcomeSplit', 'roles', 'meetings', 'packages'] as const;
export type RowList = (typeof rowLists)[number];

/** The label of a field's input, with its row when it is in a list: "Pakke 2 – Pris pr. måned (kr.)". */
export function inputLabel(t: TFunction, path: string): string {
  const leaf = /\.([A-Za-z]+)$/.exec(path)?.[1] as LeafKey | undefined;
  const label = leaf && leafLabels[leaf] ? t(leafLabels[leaf]) : path;
  const row = /(developmentGroup|outcomeSplit|roles|meetings|packages)\[(\d+)\]/.exec(path);
  if (!row) return label;
  const list = row[1] as RowList;
  const number = Number(row[2]) + 1;
  return `${t(`agreement.edit.row.${list}`, { number, name: '' }).replace(/:\s*$/, '')} – ${label}`;
}
