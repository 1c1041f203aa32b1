import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { CourseOverview } from '../courses/api.ts';

/**
 * "Det næste, vi skal": what the course owes, in plain words. The same dates as the coordinator's
 * list (src/due/rules.ts); late is said kindly, as the coordinator's task, not the young person's.
 */
export function OwnDue({ owed }: { owed: NonNullable<CourseOverview['owed']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (owed.length === 0) return null;
  return (
    <section className="own-section" aria-labelledby="own-due">
      <h2 id="own-due">{t('myPage.due.title')}</h2>
      <ul className="app-plain-list own-lines" data-testid="own-due">
        {owed.map((o) => (
          <li key={o.kind} className="own-sentence">
            {t(`myPage.due.${o.kind}`, { date: format.date(o.due) })}
            {o.overdue ? ` ${t('myPage.due.late')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
