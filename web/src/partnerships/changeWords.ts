import type { TFunction } from 'i18next';
import type { AgreementTerms, TermsChange } from './api.ts';
import { type LeafKey, leafLabels } from './fieldLabels.ts';

/**
 * A change of the comparison in words: "Pakker og priser – Pakke 2 – Pris pr. måned", and its
 * values as the page shows them (shares as percent, outcomes by name, a row by its name).
 */

type Format = { percent: (share: number) => string; number: (value: number) => string };

const sectionKeys = [
  'parties',
  'developmentGroup',
  'goals',
  'roles',
  'meetings',
  'documentation',
  'packages',
  'period',
] as const;

/** The name of a row as the list shows it. */
function rowName(row: unknown): string {
  if (typeof row !== 'object' || row === null) return '';
  const r = row as Record<string, unknown>;
  for (const key of ['name', 'label', 'role', 'format'])
    if (typeof r[key] === 'string') return r[key] as string;
  return '';
}

function lookup(terms: AgreementTerms, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    return index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
  }, terms);
}

export function changeField(
  t: TFunction,
  change: TermsChange,
  from: AgreementTerms,
  to: AgreementTerms,
): string {
  const path = change.toPath ?? change.fromPath ?? change.path;
  const terms = change.toPath ? to : from;
  const parts: string[] = [];
  const section = path.split(/[.[]/)[0] as (typeof sectionKeys)[number];
  if (sectionKeys.includes(section)) parts.push(t(`agreement.sections.${section}`));
  if (path.startsWith('goals.outcomeSplit')) parts.push(t('agreement.fields.outcomeSplit'));
  const row = /^(.*\[\d+\])/.exec(path)?.[1];
  if (row) parts.push(rowName(lookup(terms, row)));
  const leaf = /\.([A-Za-z]+)$/.exec(path)?.[1] as LeafKey | undefined;
  const rowEnds = row !== undefined && path === row;
  if (leaf && !rowEnds && leafLabels[leaf]) parts.push(t(leafLabels[leaf]));
  return parts.filter(Boolean).join(' – ');
}

export function changeValue(t: TFunction, format: Format, path: string, value: unknown): string {
  if (value === null || value === undefined) return t('agreement.values.notSet');
  if (typeof value === 'object' && !Array.isArray(value))
    return rowName(value) || t('agreement.values.empty');
  if (Array.isArray(value)) return value.map((o) => t(`outcome.${o as 'flexJob'}`)).join(', ');
  if (typeof value === 'number') {
    if (/(closerShareTarget|share)$/.test(path)) return format.percent(value);
    return format.number(value);
  }
  if (path.endsWith('.party')) return t(`agreement.partyNames.${value as 'municipality'}`);
  return value === '' ? t('agreement.values.empty') : String(value);
}
