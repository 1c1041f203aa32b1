import { useTranslation } from 'react-i18next';

/** FOUNDATION STUB, replaced by the helper that owns this page. */
export function FigureRowsPage(_props: {
  partnershipId: string;
  figure: string;
  asOf: string;
  figureKey?: string;
}) {
  const { t } = useTranslation();
  return <h1>{t('app.name')}</h1>;
}
