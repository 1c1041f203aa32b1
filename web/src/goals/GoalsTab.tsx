import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../app/forms.tsx';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { goalsQuery } from './api.ts';
import { GoalCard } from './GoalCard.tsx';
import { GoalCreateForm } from './GoalForms.tsx';

/** The participant's goals, each with its learning circle, sub-goals and history. */
export function GoalsTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const goals = useQuery(goalsQuery(courseId));
  const canWrite = can(course.data, 'goals.write');
  const create = useDisclosure();
  useDocumentTitle(t('course.tabs.goals'), course.data ? fullName(course.data) : null);

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.goals')}
      </h2>
      <p className="app-intro">{t('goals.intro')}</p>
      {canWrite ? (
        create.open ? (
          <GoalCreateForm
            courseId={courseId}
            headingRef={create.headingRef}
            onDone={() => create.setOpen(false)}
          />
        ) : (
          <button
            ref={create.triggerRef}
            type="button"
            className="button button-primary"
            onClick={() => create.setOpen(true)}
          >
            {t('goals.newGoal')}
          </button>
        )
      ) : null}
      {goals.isPending ? <Loading /> : null}
      {goals.isError ? <LoadError onRetry={() => void goals.refetch()} /> : null}
      {goals.data ? (
        goals.data.goals.length === 0 ? (
          <p className="mt-5">{t('goals.none')}</p>
        ) : (
          <ul className="app-plain-list app-goals">
            {goals.data.goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard courseId={courseId} goal={goal} canWrite={canWrite} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
