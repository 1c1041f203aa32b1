import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { attendanceQuery, registerDay } from '../attendance/api.ts';
import { AgreementParts } from './AgreementParts.tsx';
import { type MentorInternship, mentorInternshipsQuery } from './api.ts';
import { Observations } from './InternshipPage.tsx';
import { ObservationForm } from './SmallForms.tsx';

/** "Min praktikant": the company mentor's page, made for a phone in a workshop. */
export function MentorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mentorPage.title'));
  const mine = useQuery(mentorInternshipsQuery);
  const list = mine.data?.internships ?? [];
  return (
    <div className="app-narrow">
      <h1>{t('mentorPage.title')}</h1>
      <p className="app-intro">{t('internships.page.intro')}</p>
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <LoadError onRetry={() => void mine.refetch()} /> : null}
      {mine.data && list.length === 0 ? <p>{t('internships.page.none')}</p> : null}
      {list.map((item) => (
        <Intern key={item.internship.id} item={item} />
      ))}
    </div>
  );
}

function Intern({ item }: { item: MentorInternship }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const format = useFormat();
  const { internship, today } = item;
  const name = internship.participant.name;
  const coordinator = internship.coordinator;
  const headingId = `intern-${internship.id}`;
  return (
    <article aria-labelledby={headingId} className="mt-7" data-testid="intern">
      <h2 id={headingId}>{name}</h2>
      <p className="app-meta">{internship.company.name}</p>
      {today ? (
        <section aria-labelledby={`${headingId}-today`}>
          <h3 id={`${headingId}-today`}>
            {t('internships.page.today')}: {format.weekdayDate(today.date)}
          </h3>
          {today.plan ? (
            <p data-testid="today-plan">
              {t('internships.dayLine', {
                day: t(`internships.weekdays.${today.plan.weekday as 1}`),
                from: today.plan.from,
                to: today.plan.to,
              })}
              {today.plan.plan ? `: ${today.plan.plan}` : ''}
            </p>
          ) : (
            <p data-testid="today-plan">{t('internships.page.noPlanToday')}</p>
          )}
          <TodayAttendance
            courseId={item.courseId}
            day={today.date}
            workplaceId={internship.company.id}
            name={name}
          />
        </section>
      ) : null}
      <section aria-labelledby={`${headingId}-contact`}>
        <h3 id={`${headingId}-contact`}>{t('internships.page.coordinator')}</h3>
        {coordinator?.phone ? (
          <p>
            <a className="button button-secondary" href={`tel:${coordinator.phone.replace(/\s+/g, '')}`}>
              {t('internships.page.call', { name: coordinator.name, phone: coordinator.phone })}
            </a>
          </p>
        ) : (
          <p>
            {coordinator?.name ? `${coordinator.name}. ` : ''}
            {t('internships.page.noPhone')}
          </p>
        )}
        {internship.participant.phone ? (
          <p>
            <a href={`tel:${internship.participant.phone.replace(/\s+/g, '')}`}>
              {t('internships.page.internPhone', { name, phone: internship.participant.phone })}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby={`${headingId}-agreement`}>
        <h3 id={`${headingId}-agreement`}>{t('internships.page.agreement')}</h3>
        <AgreementParts internship={internship} headingLevel={4} />
      </section>
      <Observations data={{ observations: item.observations }} />
      <ObservationForm
        courseId={item.courseId}
        internshipId={internship.id}
        headingLevel={3}
        onSaved={() => queryClient.invalidateQueries({ queryKey: mentorInternshipsQuery.queryKey })}
      />
    </article>
  );
}

/** One tap: the intern is here today, at the mentor's own workplace (the attendance API's own rules). */
function TodayAttendance({
  courseId,
  day,
  workplaceId,
  name,
}: {
  courseId: string;
  day: string;
  workplaceId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const month = attendanceQuery(courseId, day.slice(0, 7));
  const days = useQuery({ ...month, retry: false });
  const [failure, setFailure] = useState<string | null>(null);
  const registered = days.data?.days.some((d) => d.day === day && d.status === 'present');
  const register = useMutation({
    mutationFn: () => registerDay(courseId, day, { status: 'present', workplaceId }),
    onSuccess: async () => {
      setFailure(null);
      await queryClient.invalidateQueries({ queryKey: month.queryKey });
      announce(t('internships.page.registered'));
    },
    onError: () => setFailure(t('app.errorGeneric')),
  });
  return (
    <div>
      <h4>{t('internships.page.attendance')}</h4>
      <FormAlert message={failure} />
      {registered || register.isSuccess ? (
        <p className="app-saved" data-testid="attendance-registered">
          {t('internships.page.registered')}
        </p>
      ) : (
        <button
          type="button"
          className="button button-primary"
          aria-disabled={register.isPending || undefined}
          onClick={() => {
            if (!register.isPending) register.mutate();
          }}
        >
          {t('internships.page.present', { name })}
        </button>
      )}
    </div>
  );
}
