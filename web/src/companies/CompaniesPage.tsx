import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';

/** "Virksomheder": the institution's company network, searched and filtered. */
export function CompaniesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('companies.title'));
  return <h1>{t('companies.title')}</h1>;
}
