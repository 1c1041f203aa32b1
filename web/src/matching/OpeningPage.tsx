import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';

/** A company's opening and the young people suggested for it (only those the reader may see). */
export function OpeningPage({ openingId }: { companyId: string; openingId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('companies.title'));
  return <h1 data-opening={openingId}>{t('companies.title')}</h1>;
}
