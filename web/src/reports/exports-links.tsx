import { useTranslation } from 'react-i18next';
import { reportPdfUrl } from './exports-api.ts';

/** "Hent halvårsrapporten (PDF)": the printable report for the status meeting, as of the day shown. */
export function ReportPdfLink({ partnershipId, asOf }: { partnershipId: string; asOf: string }) {
  const { t } = useTranslation();
  return (
    <a className="button button-secondary" href={reportPdfUrl(partnershipId, asOf)} download>
      {t('figures.downloadPdf')}
    </a>
  );
}
