import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';

/** One company of the network: profile, contacts and mentors, relational capacity, openings, history. */
export function CompanyPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('companies.title'));
  return <h1 data-company={companyId}>{t('companies.title')}</h1>;
}
