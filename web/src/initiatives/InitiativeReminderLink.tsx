import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** A reminder of an initiative's follow-up date (the daily job's), linked to the initiative. */
export function InitiativeReminderLink({ initiativeId, theme }: { initiativeId: string; theme: string }) {
  const { t } = useTranslation();
  return (
    <Link to="/indsatser/$initiativeId" params={{ initiativeId }}>
      {t('initiatives.reminder', { theme })}
    </Link>
  );
}

/** The reminder's words without the link (for the button that marks it read). */
export function useInitiativeReminderLabel() {
  const { t } = useTranslation();
  return (theme: string) => t('initiatives.reminder', { theme });
}
