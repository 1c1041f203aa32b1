import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Dashboard } from './api.ts';

/** What the active courses owe (DOMAIN.md "Due dates"): measurements and status letters, due soon and overdue. */
export function DueFigures({ due }: { due: Dashboard['due'] }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const rows = [
    ['measurements', due.measurements],
    ['statusLetters', due.statusLetters],
  ] as const;
  return (
    <section className="app-dashboard-figure" aria-labelledby="due-title" data-testid="figure-due">
      <h2 id="due-title" className="h3">
        {t('dashboard.due.title')}
      </h2>
      <table className="table table--compact app-table" data-testid="table-due">
        <caption className="sr-only">{t('dashboard.due.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.due.what')}</th>
            <th scope="col">{t('dashboard.due.dueSoon')}</th>
            <th scope="col">{t('dashboard.due.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, counts]) => (
            <tr key={key}>
              <th scope="row">{t(`dashboard.due.${key}`)}</th>
              <td>{number(counts.dueSoon)}</td>
              <td className={counts.overdue ? 'app-overdue' : undefined}>{number(counts.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="app-meta">{t('dashboard.due.hint')}</p>
    </section>
  );
}
