import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../app/i18n.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type AdminOverview, adminQuery } from './api.ts';
import { NewOrganisationForm, NewPartnershipForm } from './OrganisationForms.tsx';
import { GiveRoleForm, NewUserForm, RemoveRoleButton } from './UserForms.tsx';

/** Administration: who works where in which role, the organisations and the partnerships. */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const overview = useQuery(adminQuery);
  return (
    <>
      <h1>{t('admin.title')}</h1>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <LoadError onRetry={() => void overview.refetch()} /> : null}
      {overview.data ? <Sections data={overview.data} /> : null}
    </>
  );
}

function Sections({ data }: { data: AdminOverview }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="admin-users">
        <h2 id="admin-users">{t('admin.users')}</h2>
        <table className="table table--compact table-sm-responsive-headers app-table app-stack">
          <caption className="sr-only">{t('admin.users')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.username')}</th>
              <th scope="col">{t('admin.displayName')}</th>
              <th scope="col">{t('admin.roles')}</th>
            </tr>
          </thead>
          <tbody>
            {data.users.map((u) => (
              <tr key={u.id}>
                <th scope="row" data-title={t('admin.username')} className="weight-normal">
                  {u.username}
                </th>
                <td data-title={t('admin.displayName')}>{u.displayName}</td>
                <td data-title={t('admin.roles')}>
                  <ul className="app-plain-list">
                    {u.memberships.map((m) => (
                      <li key={`${m.organisationId}-${m.role}`}>
                        {labelFor('roles', m.role)}, {m.organisationName}{' '}
                        <RemoveRoleButton user={u} membership={m} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <NewUserForm organisations={data.organisations} />
        <GiveRoleForm users={data.users} organisations={data.organisations} />
      </section>
      <section aria-labelledby="admin-organisations">
        <h2 id="admin-organisations">{t('admin.organisations')}</h2>
        <ul>
          {data.organisations.map((o) => (
            <li key={o.id}>
              {o.name} ({t(`admin.kind.${o.kind}`)})
            </li>
          ))}
        </ul>
        <NewOrganisationForm />
      </section>
      <section aria-labelledby="admin-partnerships">
        <h2 id="admin-partnerships">{t('admin.partnerships')}</h2>
        <ul>
          {data.partnerships.map((p) => (
            <li key={p.id}>
              {p.name}: {p.municipality} + {p.institution}
            </li>
          ))}
        </ul>
        <NewPartnershipForm organisations={data.organisations} />
      </section>
    </>
  );
}
