import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { absenceReasons as absences, attendanceQuery } from '../attendance/api.ts';
import { ownAttendanceMonth } from './own-data.ts';

/** "Mit fremmøde": this month in one sentence, a bar that shows the same, and days away. */
export function OwnAttendance({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const month = ownAttendanceMonth();
  const view = useQuery(attendanceQuery(courseId, month));
  const summary = view.data?.summary;
  const monthName = format.month(month);

  return (
    <section className="own-section" aria-labelledby="own-attendance">
      <h2 id="own-attendance">{t('myPage.attendance.title')}</h2>
      {view.isPending ? <Loading /> : null}
      {view.isError ? <LoadError onRetry={() => void view.refetch()} /> : null}
      {summary && summary.registeredDays === 0 ? (
        <p className="own-sentence">{t('myPage.attendance.none', { month: monthName })}</p>
      ) : null}
      {summary && summary.registeredDays > 0 ? (
        <>
          <p className="own-sentence" data-testid="own-attendance-sentence">
            {t('myPage.attendance.sentence', {
              present: summary.presentDays,
              count: summary.registeredDays,
              month: monthName,
            })}
          </p>
          {/* The sentence above says what the bar shows; the bar itself is only a picture of it. */}
          <div className="own-bar" aria-hidden="true">
            <span style={{ width: `${(100 * summary.presentDays) / summary.registeredDays}%` }} />
          </div>
          <p className="own-legend">
            <span className="own-swatch" aria-hidden="true" />
            {t('myPage.attendance.legend')}
          </p>
          {absences.some((reason) => summary.absentDays[reason] > 0) ? (
            <ul className="app-plain-list own-lines">
              {absences
                .filter((reason) => summary.absentDays[reason] > 0)
                .map((reason) => (
                  <li key={reason}>
                    {t(`myPage.attendance.${reason}`, { count: summary.absentDays[reason] })}
                  </li>
                ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
