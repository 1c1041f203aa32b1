import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';

/** "Værksteder": the institution's own workplaces and their mentors. */
export function WorkplacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workplaces.title'));
  return <h1>{t('workplaces.title')}</h1>;
}
