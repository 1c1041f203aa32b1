import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { SelectField, TextField, useDisclosure } from '../app/forms.tsx';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { useMe } from '../auth/session.ts';
import { caseloadQuery } from '../courses/api.ts';
import { mayWriteNetwork } from './access.ts';
import {
  type CompanyFilter,
  type CompanyList,
  companiesQuery,
  type Industry,
  industries,
  type WorkFunction,
  workFunctions,
} from './api.ts';
import { CompanyForm } from './CompanyForm.tsx';
import './companies.css';

/** "Virksomheder": the institution's company network, searched and filtered. */
export function CompaniesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('companies.title'));
  const me = useMe();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<CompanyFilter>({});
  const list = useQuery(companiesQuery(filter));
  const create = useDisclosure();

  if (isApiError(list.error, 404)) return <NoAccessPage />;
  return (
    <>
      <h1>{t('companies.title')}</h1>
      <p>{t('companies.intro')}</p>
      <p>
        <Link to="/vaerksteder">{t('companies.workplacesLink')}</Link>
      </p>
      <FilterForm onFilter={setFilter} />
      {mayWriteNetwork(me.data) ? (
        create.open ? (
          <CompanyForm
            networks={list.data?.networks ?? []}
            headingRef={create.headingRef}
            onCancel={() => create.setOpen(false)}
            onDone={(companyId) => void navigate({ to: '/virksomheder/$companyId', params: { companyId } })}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button-primary"
              ref={create.triggerRef}
              onClick={() => create.setOpen(true)}
            >
              {t('companies.new')}
            </button>
          </p>
        )
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError onRetry={() => void list.refetch()} /> : null}
      {list.data ? <Results list={list.data} /> : null}
    </>
  );
}

/** The filter: industry, work function, free text, and a young person of the reader's caseload with max km. */
function FilterForm({ onFilter }: { onFilter: (filter: CompanyFilter) => void }) {
  const { t } = useTranslation();
  const caseload = useQuery(caseloadQuery);
  const [industry, setIndustry] = useState('');
  const [workFunction, setWorkFunction] = useState('');
  const [q, setQ] = useState('');
  const [near, setNear] = useState('');
  const [maxKm, setMaxKm] = useState('');
  const [sort, setSort] = useState('');
  const km = Number(maxKm.replace(',', '.'));
  function submit(event: FormEvent) {
    event.preventDefault();
    onFilter({
      ...(industry ? { industry: industry as Industry } : {}),
      ...(workFunction ? { workFunction: workFunction as WorkFunction } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(near ? { near } : {}),
      ...(near && maxKm.trim() && km > 0 ? { maxKm: km } : {}),
      ...(sort ? { sort: sort as 'name' | 'distance' } : {}),
    });
  }
  return (
    <form className="app-company-filter" onSubmit={submit} aria-labelledby="company-filter-heading">
      <h2 id="company-filter-heading">{t('companies.filterHeading')}</h2>
      <div className="app-field-row">
        <SelectField
          id="filter-industry"
          label={t('companies.industry')}
          value={industry}
          onValue={setIndustry}
          options={[
            { value: '', label: t('companies.anyIndustry') },
            ...industries.map((i) => ({ value: i, label: t(`industry.${i}`) })),
          ]}
        />
        <SelectField
          id="filter-function"
          label={t('companies.workFunction')}
          value={workFunction}
          onValue={setWorkFunction}
          options={[
            { value: '', label: t('companies.anyFunction') },
            ...workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) })),
          ]}
        />
        <TextField
          id="filter-q"
          label={t('companies.q')}
          hint={t('companies.qHint')}
          value={q}
          onValue={setQ}
        />
      </div>
      <div className="app-field-row">
        <SelectField
          id="filter-near"
          label={t('companies.near')}
          value={near}
          onValue={setNear}
          options={[
            { value: '', label: t('companies.nobody') },
            ...(caseload.data?.items ?? []).map((i) => ({ value: i.courseId, label: i.participantName })),
          ]}
        />
        <TextField
          id="filter-max-km"
          label={t('companies.maxKm')}
          hint={t('companies.maxKmHint')}
          inputMode="decimal"
          className="app-input-short"
          value={maxKm}
          onValue={setMaxKm}
        />
        <SelectField
          id="filter-sort"
          label={t('companies.sort')}
          value={sort}
          onValue={setSort}
          options={[
            { value: '', label: near ? t('companies.sortDistance') : t('companies.sortName') },
            { value: 'name', label: t('companies.sortName') },
            { value: 'distance', label: t('companies.sortDistance') },
          ]}
        />
      </div>
      <button type="submit" className="button button-secondary app-filter-submit">
        {t('companies.search')}
      </button>
    </form>
  );
}

function Results({ list }: { list: CompanyList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { companies } = list;
  return (
    <section aria-labelledby="company-results">
      <h2 id="company-results" className="sr-only">
        {t('companies.caption')}
      </h2>
      {list.near && !list.near.hasHome ? (
        <p className="alert alert-info app-alert">{t('companies.noHome')}</p>
      ) : null}
      <p role="status">{t('companies.count', { count: companies.length })}</p>
      {companies.length === 0 ? (
        <p>{t('companies.none')}</p>
      ) : (
        <table
          className="table table--zebra table-sm-responsive-headers app-table app-stack"
          data-testid="company-list"
        >
          <caption className="sr-only">{t('companies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.name')}</th>
              <th scope="col">{t('companies.industry')}</th>
              <th scope="col">{t('companies.functions')}</th>
              <th scope="col">{t('companies.capacity')}</th>
              <th scope="col">{t('companies.distance')}</th>
              <th scope="col">{t('companies.openPlaces')}</th>
            </tr>
          </thead>
          <tbody>
            {companies.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-title={t('companies.name')}>
                  <span>
                    <Link to="/virksomheder/$companyId" params={{ companyId: c.id }}>
                      {c.name}
                    </Link>
                    {c.city ? <span className="app-muted"> · {c.city}</span> : null}
                  </span>
                </th>
                <td data-title={t('companies.industry')}>{t(`industry.${c.industry as Industry}`)}</td>
                <td data-title={t('companies.functions')}>
                  {c.workFunctions.map((f) => t(`workFunction.${f as WorkFunction}`)).join(', ') || '–'}
                </td>
                <td data-title={t('companies.capacity')}>
                  {c.capacity ? t(`level.${c.capacity}`) : t('companies.notAssessed')}
                </td>
                <td data-title={t('companies.distance')}>
                  {c.distanceKm === null ? '–' : t('companies.km', { km: format.number(c.distanceKm) })}
                </td>
                <td data-title={t('companies.openPlaces')}>{c.openPlaces}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
