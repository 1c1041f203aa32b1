import { useTranslation } from 'react-i18next';

/** Shared with the caseload: days since the last contact, with lost contact said in words. */
export function DaysWithoutContact({ days, lost }: { days: number | null; lost: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {days === null ? t('caseload.noContactYet') : days}
      {lost ? <strong className="app-overdue"> {t('caseload.contactLost')}</strong> : null}
    </>
  );
}
