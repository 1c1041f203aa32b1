import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../app/NotFoundPage.tsx';
import { myCoursesQuery } from '../courses/api.ts';

/** The young person's own course, once known; until then a wait, or a plain word that it is not ready. */
export function OwnCourseGate({ children }: { children: (courseId: string) => ReactNode }) {
  const { t } = useTranslation();
  const mine = useQuery(myCoursesQuery);
  const courseId = mine.data?.courses[0]?.courseId;
  if (mine.isPending) return <Loading />;
  if (mine.isSuccess && courseId) return <>{children(courseId)}</>;
  return (
    <>
      <p className="font-lead">{t('myPage.notReady')}</p>
      <p>{t('myPage.askCoordinator')}</p>
    </>
  );
}
