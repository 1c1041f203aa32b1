import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { ScrollBox } from '../measurements/ScrollBox.tsx';
import { type ComparisonItem, outcomeTypes } from './api.ts';
import { ShownCell } from './ShownCell.tsx';
import { useKeyWords } from './words.ts';

/** One row per figure, one column per partnership; small numbers are hidden by the server. */
export function ComparisonTable({ items }: { items: readonly ComparisonItem[] }) {
  const { t } = useTranslation();
  const { number, percent } = useFormat();
  const words = useKeyWords();
  const target = (value: number | null, share = false) =>
    value === null ? t('dashboard.noTarget') : share ? percent(value) : number(value);
  const rows: Array<[string, (item: ComparisonItem) => ReactNode]> = [
    [t('dashboard.intake.admitted'), (i) => <ShownCell figure={i.admitted} />],
    [t('dashboard.intake.target'), (i) => target(i.targetAdmitted)],
    [t('dashboard.intake.inStatistics'), (i) => <ShownCell figure={i.inStatistics} />],
    [t('dashboard.intake.atLeastOneYear'), (i) => <ShownCell figure={i.atLeastOneYear} />],
    [t('dashboard.success.closer'), (i) => <ShownCell figure={i.closer} />],
    [t('dashboard.success.actualLabel'), (i) => <ShownCell figure={i.closerShare} share />],
    [t('dashboard.success.targetLabel'), (i) => target(i.targetCloserShare, true)],
    ...[...outcomeTypes, 'ongoing'].map(
      (type) =>
        [
          t('dashboard.compare.outcome', { outcome: words.outcome(type) }),
          (i: ComparisonItem) => (i.outcomes[type] ? <ShownCell figure={i.outcomes[type]} /> : '–'),
        ] as [string, (item: ComparisonItem) => ReactNode],
    ),
    [t('dashboard.compare.feltHeardAnswers'), (i) => <ShownCell figure={i.feltHeard.answers} />],
    [t('dashboard.compare.feltHeardShare'), (i) => <ShownCell figure={i.feltHeard.share} share />],
  ];
  return (
    <ScrollBox label={t('dashboard.compare.tableTitle')}>
      <table className="table table--compact app-table app-compare-table" data-testid="compare-table">
        <caption className="sr-only">{t('dashboard.compare.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('dashboard.compare.figure')}</span>
            </th>
            {items.map((i) => (
              <th scope="col" key={i.partnership.id}>
                {i.partnership.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {items.map((i) => (
                <td key={i.partnership.id}>{cell(i)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
