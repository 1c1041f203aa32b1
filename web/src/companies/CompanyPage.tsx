import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { describeFailure, FormAlert, useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import {
  type CompanyDetail,
  companiesKey,
  companyQuery,
  type Industry,
  type Opening,
  type OpeningStatus,
  openingStates,
  removeContact,
  updateOpening,
  type WorkFunction,
} from './api.ts';
import { CompanyForm } from './CompanyForm.tsx';
import { AssessmentForm, ContactForm, OpeningForm } from './CompanyParts.tsx';
import './companies.css';

/** One company of the network: profile, contacts and mentors, relational capacity, openings, history. */
export function CompanyPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const detail = useQuery(companyQuery(companyId));
  useDocumentTitle(detail.data?.company.name, t('companies.title'));
  if (isApiError(detail.error, 404)) return <NoAccessPage />;
  return (
    <>
      <p className="app-back">
        <Link to="/virksomheder">{t('companies.back')}</Link>
      </p>
      {detail.isPending ? <Loading /> : null}
      {detail.isError ? <LoadError onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? <Company detail={detail.data} /> : null}
    </>
  );
}

function Company({ detail }: { detail: CompanyDetail }) {
  return (
    <>
      <h1>{detail.company.name}</h1>
      <Profile detail={detail} />
      <Contacts detail={detail} />
      <Capacity detail={detail} />
      <Openings detail={detail} />
      <History detail={detail} />
    </>
  );
}

const functionsText = (t: (k: `workFunction.${WorkFunction}`) => string, list: string[]) =>
  list.map((f) => t(`workFunction.${f as WorkFunction}`)).join(', ') || '–';

function Profile({ detail }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const edit = useDisclosure();
  const { company } = detail;
  const address = [company.street, [company.postcode, company.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="app-company-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('companies.profile')}</h2>
      <dl className="app-company-facts">
        <dt>{t('companies.cvr')}</dt>
        <dd>{company.cvr ?? '–'}</dd>
        <dt>{t('companies.industry')}</dt>
        <dd>{t(`industry.${company.industry as Industry}`)}</dd>
        <dt>{t('companies.address')}</dt>
        <dd>{address || t('companies.noAddress')}</dd>
        <dt>{t('companies.offers')}</dt>
        <dd>{functionsText(t, company.workFunctions)}</dd>
        <dt>{t('companies.personalRelation')}</dt>
        <dd>{company.personalRelation || '–'}</dd>
        <dt>{t('companies.notes')}</dt>
        <dd>{company.notes || '–'}</dd>
        <dt>{t('companies.newPlace')}</dt>
        <dd data-testid="new-place">
          {t(`companies.newPlaces.${company.newPlace}`)}
          {company.newPlaceOn ? ` (${format.date(company.newPlaceOn)})` : null}
        </dd>
      </dl>
      {detail.writable ? (
        edit.open ? (
          <CompanyForm
            company={company}
            headingRef={edit.headingRef}
            onCancel={() => edit.setOpen(false)}
            onDone={() => edit.setOpen(false)}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            ref={edit.triggerRef}
            onClick={() => edit.setOpen(true)}
          >
            {t('companies.editProfile')}
          </button>
        )
      ) : null}
    </section>
  );
}

function Contacts({ detail }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const add = useDisclosure();
  const companyId = detail.company.id;
  const remove = useMutation({
    mutationFn: (contact: { id: string; name: string }) => removeContact(companyId, contact.id),
    onSuccess: async (_saved, contact) => {
      await queryClient.invalidateQueries({ queryKey: companiesKey });
      announce(t('companies.contacts.removed', { name: contact.name }));
    },
  });
  const failure = remove.error ? describeFailure(remove.error, t).failure : null;
  return (
    <section className="app-company-section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('companies.contacts.heading')}</h2>
      <FormAlert message={failure} />
      {detail.contacts.length === 0 ? (
        <p>{t('companies.contacts.none')}</p>
      ) : (
        <table
          className="table table--zebra table-sm-responsive-headers app-table app-stack"
          data-testid="contacts"
        >
          <caption className="sr-only">{t('companies.contacts.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.contacts.name')}</th>
              <th scope="col">{t('companies.contacts.title')}</th>
              <th scope="col">{t('companies.contacts.phone')}</th>
              <th scope="col">{t('companies.contacts.email')}</th>
              <th scope="col">{t('companies.contacts.mentor')}</th>
              {detail.writable ? (
                <th scope="col">
                  <span className="sr-only">{t('companies.contacts.removedLabel')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {detail.contacts.map((c) => (
              <tr key={c.id} className={c.removedAt ? 'app-muted' : undefined}>
                <th scope="row" data-title={t('companies.contacts.name')}>
                  {c.name}
                  {c.removedAt ? ` (${t('companies.contacts.removedLabel')})` : null}
                </th>
                <td data-title={t('companies.contacts.title')}>{c.title || '–'}</td>
                <td data-title={t('companies.contacts.phone')}>
                  {c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : '–'}
                </td>
                <td data-title={t('companies.contacts.email')}>
                  {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '–'}
                </td>
                <td data-title={t('companies.contacts.mentor')}>
                  {c.isMentor ? t('companies.contacts.mentor') : '–'}
                  {c.isMentor && c.userId
                    ? ` · ${detail.mentorUsers.find((u) => u.id === c.userId)?.displayName ?? t('companies.contacts.signIn')}`
                    : null}
                </td>
                {detail.writable ? (
                  <td className="app-cell-actions">
                    {c.removedAt ? null : (
                      <button
                        type="button"
                        className="button button-tertiary app-compact-button"
                        onClick={() => remove.mutate({ id: c.id, name: c.name })}
                      >
                        {t('companies.contacts.remove', { name: c.name })}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.writable ? (
        add.open ? (
          <ContactForm
            companyId={companyId}
            mentorUsers={detail.mentorUsers}
            headingRef={add.headingRef}
            onDone={() => add.setOpen(false)}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            ref={add.triggerRef}
            onClick={() => add.setOpen(true)}
          >
            {t('companies.contacts.add')}
          </button>
        )
      ) : null}
    </section>
  );
}

function Capacity({ detail }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useDisclosure();
  const [current] = detail.capacity;
  return (
    <section className="app-company-section" aria-labelledby="capacity-heading">
      <h2 id="capacity-heading">{t('companies.assessment.heading')}</h2>
      <p>{t('companies.assessment.intro')}</p>
      <p data-testid="capacity-current">
        <strong>
          {current
            ? t('companies.assessment.current', {
                level: t(`level.${current.level}`),
                date: format.date(current.assessedOn),
              })
            : t('companies.assessment.none')}
        </strong>
      </p>
      {detail.capacity.length > 0 ? (
        <table className="table table--zebra table-sm-responsive-headers app-table app-stack">
          <caption>{t('companies.assessment.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.assessment.date')}</th>
              <th scope="col">{t('companies.assessment.level')}</th>
              <th scope="col">{t('companies.assessment.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.capacity.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-title={t('companies.assessment.date')}>
                  {format.date(a.assessedOn)}
                </th>
                <td data-title={t('companies.assessment.level')}>{t(`level.${a.level}`)}</td>
                <td data-title={t('companies.assessment.reasons')}>{a.reasons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {detail.writable ? (
        add.open ? (
          <AssessmentForm
            companyId={detail.company.id}
            headingRef={add.headingRef}
            onDone={() => add.setOpen(false)}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            ref={add.triggerRef}
            onClick={() => add.setOpen(true)}
          >
            {t('companies.assessment.add')}
          </button>
        )
      ) : null}
    </section>
  );
}

function Openings({ detail }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useDisclosure();
  const companyId = detail.company.id;
  return (
    <section className="app-company-section" aria-labelledby="openings-heading">
      <h2 id="openings-heading">{t('companies.openings.heading')}</h2>
      {detail.openings.length === 0 ? (
        <p>{t('companies.openings.none')}</p>
      ) : (
        <table
          className="table table--zebra table-sm-responsive-headers app-table app-stack"
          data-testid="openings"
        >
          <caption className="sr-only">{t('companies.openings.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.openings.title')}</th>
              <th scope="col">{t('companies.functions')}</th>
              <th scope="col">{t('companies.openings.hours')}</th>
              <th scope="col">{t('companies.openings.from')}</th>
              <th scope="col">{t('companies.openings.status')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.openings.map((o) => (
              <tr key={o.id}>
                <th scope="row" data-title={t('companies.openings.title')}>
                  <Link
                    to="/virksomheder/$companyId/pladser/$openingId"
                    params={{ companyId, openingId: o.id }}
                  >
                    {o.title}
                  </Link>
                </th>
                <td data-title={t('companies.functions')}>{functionsText(t, o.workFunctions)}</td>
                <td data-title={t('companies.openings.hours')}>
                  {o.hoursPerWeek === null ? '–' : format.number(o.hoursPerWeek)}
                </td>
                <td data-title={t('companies.openings.from')}>
                  {o.availableFrom ? format.date(o.availableFrom) : '–'}
                </td>
                <td data-title={t('companies.openings.status')}>
                  {detail.writable ? (
                    <OpeningStatusForm companyId={companyId} opening={o} />
                  ) : (
                    t(`companies.openings.statuses.${o.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.writable ? (
        add.open ? (
          <OpeningForm companyId={companyId} headingRef={add.headingRef} onDone={() => add.setOpen(false)} />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            ref={add.triggerRef}
            onClick={() => add.setOpen(true)}
          >
            {t('companies.openings.add')}
          </button>
        )
      ) : null}
    </section>
  );
}

/** Open, filled or closed: a small form in the row, saved with the version the reader saw. */
function OpeningStatusForm({ companyId, opening }: { companyId: string; opening: Opening }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<OpeningStatus>(opening.status);
  const save = useMutation({
    mutationFn: () => updateOpening(companyId, opening.id, { status }, opening.version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companiesKey }),
    onSuccess: () => announce(t('companies.openings.statusSaved')),
  });
  const id = `opening-status-${opening.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (status !== opening.status) save.mutate();
  }
  return (
    <form onSubmit={submit} className="app-actions">
      <label htmlFor={id} className="sr-only">
        {t('companies.openings.status')}: {opening.title}
      </label>
      <select
        id={id}
        className="form-select"
        value={status}
        onChange={(e) => setStatus(e.target.value as OpeningStatus)}
      >
        {openingStates.map((s) => (
          <option key={s} value={s}>
            {t(`companies.openings.statuses.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-tertiary app-compact-button">
        {t('companies.openings.setStatus')}
      </button>
      {save.error ? (
        <span className="form-error-message">{describeFailure(save.error, t).failure}</span>
      ) : null}
    </form>
  );
}

function History({ detail }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { history } = detail;
  const period = (from: string, to: string | null) =>
    to
      ? t('companies.history.between', { from: format.date(from), to: format.date(to) })
      : t('companies.history.ongoing', { from: format.date(from) });
  return (
    <section className="app-company-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('companies.history.heading')}</h2>
      <p>
        {t('companies.newPlace')}: {t(`companies.newPlaces.${detail.company.newPlace}`)}
      </p>
      {history.years.length === 0 ? (
        <p>{t('companies.history.none')}</p>
      ) : (
        <table className="table table--zebra app-table">
          <caption className="sr-only">{t('companies.history.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.history.year')}</th>
              <th scope="col">{t('companies.history.internships')}</th>
              <th scope="col">{t('companies.history.hires')}</th>
            </tr>
          </thead>
          <tbody>
            {history.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.internships}</td>
                <td>{y.hires}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history.internships && history.internships.length > 0 ? (
        <>
          <h3>{t('companies.history.people')}</h3>
          <ul>
            {history.internships.map((i) => (
              <li key={`${i.courseId}-${i.startsOn}`}>
                <Link to="/forloeb/$courseId" params={{ courseId: i.courseId }}>
                  {i.firstName}
                </Link>{' '}
                {period(i.startsOn, i.endsOn)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {history.hires && history.hires.length > 0 ? (
        <>
          <h3>{t('companies.history.hired')}</h3>
          <ul>
            {history.hires.map((h) => (
              <li key={`${h.courseId}-${h.on}`}>
                <Link to="/forloeb/$courseId" params={{ courseId: h.courseId }}>
                  {h.firstName}
                </Link>{' '}
                {t(`jobType.${h.type as 'ordinaryJob'}`)}
                {h.on ? `, ${format.date(h.on)}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
