import { useTranslation } from 'react-i18next';

/** FOUNDATION STUB, replaced by the helper that owns this page. */
export function AgreementPage(_props: { partnershipId: string }) {
  const { t } = useTranslation();
  return <h1>{t('app.name')}</h1>;
}
