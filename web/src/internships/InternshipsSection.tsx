import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { can, courseQuery } from '../courses/api.ts';
import { type Internship, internshipsQuery } from './api.ts';
import { InternshipForm } from './InternshipForm.tsx';

/** The course's internships on the tab "Praktik og job": each agreement, and "Ny praktikaftale". */
export function InternshipsSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const internships = useQuery(internshipsQuery(courseId));
  const navigate = useNavigate();
  const canWrite = can(course.data, 'internships.write');
  const [open, setOpen] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) formHeading.current?.focus();
    else if (wasOpen.current) sectionHeading.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const list = internships.data?.internships ?? [];
  return (
    <section aria-labelledby="internships-heading" className="mt-7">
      <h3 id="internships-heading" ref={sectionHeading} tabIndex={-1}>
        {t('internships.title')}
      </h3>
      <p className="app-intro">{t('internships.intro')}</p>
      {canWrite && !open ? (
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('internships.add')}
        </button>
      ) : null}
      {canWrite && open ? (
        <InternshipForm
          courseId={courseId}
          headingRef={formHeading}
          onCancel={() => setOpen(false)}
          onDone={(id) => {
            setOpen(false);
            if (id)
              void navigate({
                to: '/forloeb/$courseId/praktik/$internshipId',
                params: { courseId, internshipId: id },
              });
          }}
        />
      ) : null}
      {internships.isPending ? <Loading /> : null}
      {internships.isError ? <LoadError onRetry={() => void internships.refetch()} /> : null}
      {internships.data ? (
        list.length === 0 ? (
          <p className="mt-5">{t('internships.none')}</p>
        ) : (
          <ul className="app-plain-list" data-testid="internships-list">
            {list.map((internship) => (
              <li key={internship.id}>
                <InternshipItem courseId={courseId} internship={internship} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

function InternshipItem({ courseId, internship }: { courseId: string; internship: Internship }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = internship.startsOn
    ? internship.endsOn
      ? t('internships.period', {
          from: format.date(internship.startsOn),
          to: format.date(internship.endsOn),
        })
      : t('internships.periodOpen', { from: format.date(internship.startsOn) })
    : null;
  return (
    <article aria-labelledby={`internship-${internship.id}-title`}>
      <h4 id={`internship-${internship.id}-title`}>
        <Link
          to="/forloeb/$courseId/praktik/$internshipId"
          params={{ courseId, internshipId: internship.id }}
        >
          {t('internships.open', { company: internship.company.name })}
        </Link>
      </h4>
      {period ? <p className="app-meta">{period}</p> : null}
      {internship.purpose ? <p>{internship.purpose}</p> : null}
      {internship.mentor ? (
        <p className="app-meta">
          {t('internships.mentor')}: {internship.mentor.name}
        </p>
      ) : null}
      {internship.dailyContact ? (
        <p className="app-meta">
          {t('internships.detail.dailyContact')}: {t(`dailyContact.${internship.dailyContact}`)}
        </p>
      ) : null}
    </article>
  );
}
