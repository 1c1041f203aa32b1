import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Internship } from './api.ts';

/**
 * The seven questions of an agreement as the reader may read them: a part the view policy left
 * out (the young person did not share it with this reader's company) is not shown at all.
 */
export function AgreementParts({
  internship,
  headingLevel = 3,
}: {
  internship: Internship;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const H = `h${headingLevel}` as const;
  const text = (value: string | undefined) => (value?.trim() ? value : t('internships.empty'));
  const i = internship;
  return (
    <div className="app-agreement">
      {i.purpose !== undefined ? (
        <section data-part="purpose">
          <H>{t('internships.q1')}</H>
          <p>{text(i.purpose)}</p>
        </section>
      ) : null}
      {i.workFunctions !== undefined ? (
        <section data-part="functions">
          <H>{t('internships.q2')}</H>
          {i.workFunctions.length > 0 ? (
            <ul>
              {i.workFunctions.map((f) => (
                <li key={f}>{t(`workFunction.${f as 'kitchen'}`)}</li>
              ))}
            </ul>
          ) : null}
          <p>{text(i.workTasks)}</p>
        </section>
      ) : null}
      {i.colleagues !== undefined ? (
        <section data-part="colleagues">
          <H>{t('internships.q3')}</H>
          <p>{text(i.colleagues)}</p>
        </section>
      ) : null}
      {i.schedule !== undefined ? (
        <section data-part="where">
          <H>{t('internships.q4')}</H>
          <p>{text(i.place)}</p>
          {i.hoursPerWeek ? (
            <p>
              {t('internships.hoursPerWeek')}: {format.number(i.hoursPerWeek)}
            </p>
          ) : null}
          {i.schedule.length > 0 ? (
            <ul>
              {i.schedule.map((d) => (
                <li key={`${d.weekday}-${d.from}`}>
                  {t('internships.dayLine', {
                    day: t(`internships.weekdays.${d.weekday as 1}`),
                    from: d.from,
                    to: d.to,
                  })}
                  {d.plan ? `: ${d.plan}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {i.supportNeed !== undefined ? (
        <section data-part="support">
          <H>{t('internships.q5')}</H>
          <p>{text(i.supportNeed)}</p>
        </section>
      ) : null}
      {i.goals !== undefined ? (
        <section data-part="goals">
          <H>{t('internships.q6')}</H>
          {i.goals.length === 0 ? (
            <p>{t('internships.empty')}</p>
          ) : (
            <ul>
              {i.goals.map((g) => (
                <li key={g.id}>
                  {g.title}
                  {g.subGoals.length > 0 ? (
                    <ul>
                      {g.subGoals.map((s) => (
                        <li key={s.id}>{t('internships.subGoal', { title: s.title })}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {i.followUpPlan !== undefined ? (
        <section data-part="followUp">
          <H>{t('internships.q7')}</H>
          <p>{text(i.followUpPlan)}</p>
        </section>
      ) : null}
    </div>
  );
}
