import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { SelectField, useDisclosure } from '../app/forms.tsx';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type InitiativeList, initiativesQuery } from './api.ts';
import { FollowUp } from './FollowUp.tsx';
import { InitiativeForm } from './InitiativeForm.tsx';
import './initiatives.css';

/** "Tværgående indsatser": the municipality's portfolio, nearest follow-up first, and "Ny indsats". */
export function InitiativesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('initiatives.title'));
  const [municipalityId, setMunicipalityId] = useState('');
  const list = useQuery(initiativesQuery(municipalityId || undefined));
  // The municipalities come from the unfiltered list, so the filter keeps its choices.
  const all = useQuery(initiativesQuery());
  const create = useDisclosure();
  if (isApiError(list.error, 404) || isApiError(all.error, 404)) return <NoAccessPage />;
  const municipalities = all.data?.municipalities ?? [];
  const writable = municipalities.filter((m) => m.mayWrite);

  return (
    <>
      <h1>{t('initiatives.title')}</h1>
      <p className="app-intro">{t('initiatives.intro')}</p>
      {municipalities.length > 1 ? (
        <SelectField
          id="initiatives-municipality"
          label={t('initiatives.municipality')}
          value={municipalityId}
          onValue={setMunicipalityId}
          options={[
            { value: '', label: t('initiatives.allMunicipalities') },
            ...municipalities.map((m) => ({ value: m.municipalityId, label: m.municipality })),
          ]}
        />
      ) : null}
      {writable.length > 0 ? (
        create.open ? (
          <InitiativeForm
            choices={writable}
            headingRef={create.headingRef}
            onCancel={() => create.setOpen(false)}
            onDone={() => create.setOpen(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button-primary"
              ref={create.triggerRef}
              onClick={() => create.setOpen(true)}
            >
              {t('initiatives.new')}
            </button>
          </p>
        )
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError && !isApiError(list.error, 404) ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : null}
      {list.data ? <Portfolio list={list.data} /> : null}
    </>
  );
}

function Portfolio({ list }: { list: InitiativeList }) {
  const { t } = useTranslation();
  const { initiatives } = list;
  const overdue = initiatives.filter((i) => i.overdue).length;
  return (
    <section aria-labelledby="initiatives-portfolio">
      <h2 id="initiatives-portfolio">{t('initiatives.portfolio')}</h2>
      <p role="status">
        {t('initiatives.count', { count: initiatives.length })}
        {overdue > 0 ? ` ${t('initiatives.overdueCount', { count: overdue })}` : ''}
      </p>
      {initiatives.length === 0 ? (
        <p>{t('initiatives.none')}</p>
      ) : (
        <table
          className="table table--zebra table-sm-responsive-headers app-table app-stack app-initiatives"
          data-testid="initiative-list"
        >
          <caption className="sr-only">{t('initiatives.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('initiatives.theme')}</th>
              <th scope="col">{t('initiatives.responsible')}</th>
              <th scope="col">{t('initiatives.followUpOn')}</th>
              <th scope="col">{t('initiatives.partnership')}</th>
              <th scope="col">{t('initiatives.status')}</th>
            </tr>
          </thead>
          <tbody>
            {initiatives.map((i) => (
              <tr key={i.id}>
                <th scope="row" data-title={t('initiatives.theme')}>
                  <span>
                    <Link to="/indsatser/$initiativeId" params={{ initiativeId: i.id }}>
                      {i.theme}
                    </Link>
                    <span className="app-muted app-initiative-area">{i.area}</span>
                  </span>
                </th>
                <td data-title={t('initiatives.responsible')}>
                  {i.responsibleUser?.displayName ?? (i.responsible || '–')}
                </td>
                <td data-title={t('initiatives.followUpOn')}>
                  <FollowUp followUpOn={i.followUpOn} overdue={i.overdue} dueSoon={i.dueSoon} />
                </td>
                <td data-title={t('initiatives.partnership')}>{i.partnership?.name ?? '–'}</td>
                <td data-title={t('initiatives.status')}>{t(`initiatives.statusName.${i.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
