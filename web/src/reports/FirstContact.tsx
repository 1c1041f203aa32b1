import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Dashboard } from './api.ts';
import { CountLink } from './CountLink.tsx';

/** Referral to first contact (DOMAIN.md "Meeting feedback and momentum") against the promise. */
export function FirstContact({
  firstContact: f,
  partnershipId,
  asOf,
}: {
  firstContact: Dashboard['firstContact'];
  partnershipId: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const { number, percent } = useFormat();
  return (
    <section
      className="app-dashboard-figure"
      aria-labelledby="first-contact-title"
      data-testid="figure-firstContact"
    >
      <h2 id="first-contact-title" className="h3">
        {t('dashboard.firstContact.title')}
      </h2>
      {f.averageDays === null ? (
        <p>{t('dashboard.firstContact.none')}</p>
      ) : (
        <>
          <p className="app-dashboard-lead">
            {t('dashboard.firstContact.average', {
              days: number(f.averageDays),
              promise: number(f.promiseDays),
            })}
          </p>
          <table className="table table--compact app-table" data-testid="table-firstContact">
            <caption className="sr-only">{t('dashboard.firstContact.title')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('dashboard.firstContact.courses')}</th>
                <td>
                  <CountLink
                    partnershipId={partnershipId}
                    asOf={asOf}
                    figure="firstContact"
                    count={f.courses}
                  />
                </td>
              </tr>
              <tr>
                <th scope="row">{t('dashboard.firstContact.averageDays')}</th>
                <td>{number(f.averageDays)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dashboard.firstContact.withinPromise', { days: f.promiseDays })}</th>
                <td>
                  {number(f.withinPromise)}
                  {f.courses ? ` (${percent(f.withinPromise / f.courses)})` : null}
                </td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
