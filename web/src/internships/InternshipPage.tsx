import { useTranslation } from 'react-i18next';

/** One internship agreement: the seven questions, what the company may see, follow-ups, hand-over. */
export function InternshipPage({ internshipId }: { courseId: string; internshipId: string }) {
  const { t } = useTranslation();
  return <h2 data-internship={internshipId}>{t('course.tabs.work')}</h2>;
}
