import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';

/** The follow-up date, with "overskredet" or "snart" in words (not only a colour). */
export function FollowUp({
  followUpOn,
  overdue,
  dueSoon,
}: {
  followUpOn: string | null;
  overdue: boolean;
  dueSoon: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!followUpOn) return <span className="app-muted">{t('initiatives.noFollowUp')}</span>;
  return (
    <>
      {format.date(followUpOn)}
      {overdue ? <strong className="app-overdue"> {t('initiatives.overdue')}</strong> : null}
      {dueSoon ? <strong> {t('initiatives.dueSoon')}</strong> : null}
    </>
  );
}
