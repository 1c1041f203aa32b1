import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';

/** "Min praktikant": the company mentor's page, made for a phone in a workshop. */
export function MentorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mentorPage.title'));
  return <h1>{t('mentorPage.title')}</h1>;
}
