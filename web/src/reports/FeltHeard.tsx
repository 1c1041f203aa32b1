import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Report } from './api.ts';

/** "Følte du dig hørt?": yes ÷ all answers for meetings held on or before the day. */
export function FeltHeard({ feltHeard: f }: { feltHeard: Report['feltHeard'] }) {
  const { t } = useTranslation();
  const { number, percent } = useFormat();
  const answers = f.yes + f.partly + f.no;
  return (
    <section
      className="app-dashboard-figure"
      aria-labelledby="felt-heard-title"
      data-testid="figure-feltHeard"
    >
      <h2 id="felt-heard-title" className="h3">
        {t('dashboard.feltHeard.title')}
      </h2>
      {f.share === null ? (
        <p>{t('dashboard.feltHeard.none')}</p>
      ) : (
        <>
          <p className="app-dashboard-lead">
            {t('dashboard.feltHeard.share', {
              share: percent(f.share),
              yes: number(f.yes),
              answers: number(answers),
            })}
          </p>
          <table className="table table--compact app-table" data-testid="table-feltHeard">
            <caption className="sr-only">{t('dashboard.feltHeard.title')}</caption>
            <tbody>
              {(['yes', 'partly', 'no'] as const).map((answer) => (
                <tr key={answer}>
                  <th scope="row">{t(`dashboard.feltHeard.${answer}`)}</th>
                  <td>{number(f[answer])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
