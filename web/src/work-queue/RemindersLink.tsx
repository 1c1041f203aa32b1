import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unreadRemindersQuery } from './api.ts';

/** The header's "Påmindelser (3)": the number of unread reminders, for staff. */
export function RemindersLink() {
  const { t } = useTranslation();
  const unread = useQuery(unreadRemindersQuery);
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/paamindelser" className="button button-tertiary">
      {count > 0 ? t('nav.reminderCount', { count }) : t('nav.reminders')}
    </Link>
  );
}

/** The header's link to the work queue: the coordinator's start point for the day. */
export function WorkQueueLink() {
  const { t } = useTranslation();
  return (
    <Link to="/arbejdsliste" className="button button-tertiary">
      {t('nav.workQueue')}
    </Link>
  );
}
