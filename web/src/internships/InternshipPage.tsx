import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { AgreementParts } from './AgreementParts.tsx';
import { type InternshipDetail, internshipQuery, pdfUrl } from './api.ts';
import { InternshipForm } from './InternshipForm.tsx';
import { EndForm, FollowUpForm, HandoverForm, ObservationForm } from './SmallForms.tsx';

/** One internship agreement: the seven questions, what the company may see, follow-ups, hand-over. */
export function InternshipPage({ courseId, internshipId }: { courseId: string; internshipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const course = useQuery(courseQuery(courseId));
  const detail = useQuery(internshipQuery(courseId, internshipId));
  const data = detail.data;
  const internship = data?.internship;
  const [editing, setEditing] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);
  useDocumentTitle(
    internship ? t('internships.heading', { company: internship.company.name }) : t('app.loading'),
    course.data ? fullName(course.data) : null,
  );
  if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.field?.startsWith('params.')))
    return <NoAccessPage />;
  const canWrite = can(course.data, 'internships.write');
  const canObserve = can(course.data, 'internships.observe');
  return (
    <>
      <p className="app-back">
        <Link to="/forloeb/$courseId/praktik" params={{ courseId }}>
          {t('internships.detail.back')}
        </Link>
      </p>
      {detail.isPending ? <Loading /> : null}
      {detail.isError ? <LoadError onRetry={() => void detail.refetch()} /> : null}
      {data && internship ? (
        <article aria-labelledby="internship-heading">
          <h2 id="internship-heading" data-tab-heading tabIndex={-1}>
            {t('internships.heading', { company: internship.company.name })}
          </h2>
          <dl className="app-facts">
            {internship.startsOn ? (
              <div>
                <dt>{t('internships.startsOn')}</dt>
                <dd>
                  {internship.endsOn
                    ? t('internships.period', {
                        from: format.date(internship.startsOn),
                        to: format.date(internship.endsOn),
                      })
                    : t('internships.periodOpen', { from: format.date(internship.startsOn) })}
                </dd>
              </div>
            ) : null}
            {internship.mentor ? (
              <div>
                <dt>{t('internships.detail.mentor')}</dt>
                <dd>
                  {internship.mentor.name}
                  {internship.mentor.phone ? `, ${internship.mentor.phone}` : ''}
                </dd>
              </div>
            ) : null}
            {internship.dailyContact ? (
              <div>
                <dt>{t('internships.detail.dailyContact')}</dt>
                <dd>{t(`dailyContact.${internship.dailyContact}`)}</dd>
              </div>
            ) : null}
            {internship.companyMayRead ? (
              <div>
                <dt>{t('internships.share.current')}</dt>
                <dd data-testid="company-may-read">
                  {internship.companyMayRead.length === 0 ? (
                    t('internships.share.nothing')
                  ) : (
                    <ul>
                      {internship.companyMayRead.map((c) => (
                        <li key={c}>{t(`myPage.consents.shares.shareWithCompany.${c}`)}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ) : null}
            {internship.endReason ? (
              <div>
                <dt>{t('internships.end.reason')}</dt>
                <dd>{internship.endReason}</dd>
              </div>
            ) : null}
          </dl>
          <div className="app-actions">
            <a className="button button-secondary" href={pdfUrl(courseId, internshipId)} download>
              {t('internships.detail.pdf')}
            </a>
            {canWrite && !editing ? (
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t('internships.edit')}
              </button>
            ) : null}
          </div>
          {canWrite && editing ? (
            <InternshipForm
              key={`${internship.id}-${internship.version}`}
              courseId={courseId}
              internship={internship}
              headingRef={formHeading}
              onCancel={() => setEditing(false)}
              onDone={() => setEditing(false)}
            />
          ) : null}
          <AgreementParts internship={internship} />
          <FollowUps data={data} />
          {canWrite ? <FollowUpForm courseId={courseId} internship={internship} /> : null}
          <Handovers data={data} />
          {canWrite ? <HandoverForm courseId={courseId} internship={internship} /> : null}
          <Observations data={data} />
          {canObserve ? <ObservationForm courseId={courseId} internshipId={internship.id} /> : null}
          {canWrite && !internship.endReason ? <EndForm courseId={courseId} internship={internship} /> : null}
        </article>
      ) : null}
    </>
  );
}

function FollowUps({ data }: { data: InternshipDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!data.followUps) return null;
  return (
    <section aria-labelledby="followups-heading">
      <h3 id="followups-heading">{t('internships.followUps.title')}</h3>
      {data.followUps.length === 0 ? (
        <p>{t('internships.followUps.none')}</p>
      ) : (
        <ul className="app-plain-list">
          {data.followUps.map((f) => (
            <li key={f.id}>
              <p className="app-meta">
                {t('internships.followUps.line', { date: format.date(f.heldOn), by: f.recordedBy })}
              </p>
              <p>{f.note}</p>
              {f.nextOn ? (
                <p className="app-meta">{t('internships.followUps.next', { date: format.date(f.nextOn) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Handovers({ data }: { data: InternshipDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!data.handovers) return null;
  return (
    <section aria-labelledby="handover-heading">
      <h3 id="handover-heading">{t('internships.handover.title')}</h3>
      <p className="app-intro">{t('internships.handover.intro')}</p>
      {data.handovers.length === 0 ? (
        <p>{t('internships.handover.none')}</p>
      ) : (
        <ol className="app-plain-list" data-testid="handovers">
          {data.handovers.map((h) => (
            <li key={h.id}>
              <p>
                {t('internships.handover.line', {
                  date: format.date(h.effectiveOn),
                  who: t(`dailyContact.${h.dailyContact}`),
                })}
              </p>
              {h.note ? <p className="app-meta">{h.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Observations({
  data,
  headingLevel = 3,
}: {
  data: Pick<InternshipDetail, 'observations'>;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const H = `h${headingLevel}` as const;
  if (!data.observations) return null;
  return (
    <section aria-label={t('internships.observations.title')}>
      <H>{t('internships.observations.title')}</H>
      {data.observations.length === 0 ? (
        <p>{t('internships.observations.none')}</p>
      ) : (
        <ul className="app-plain-list" data-testid="observations">
          {data.observations.map((o) => (
            <li key={o.id}>
              <p className="app-meta">
                {t('internships.observations.line', {
                  date: format.date(o.observedOn),
                  by: o.mine ? t('internships.observations.you') : o.author,
                })}
              </p>
              <p>{o.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
