import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { circleSteps, type Goal, goalsQuery, type SubGoal } from '../goals/api.ts';

/** "Mine mål": each goal with its status in plain words and the learning circle as questions. */
export function OwnGoals({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const goals = useQuery(goalsQuery(courseId));
  return (
    <section className="own-section" aria-labelledby="own-goals">
      <h2 id="own-goals">{t('myPage.goals.title')}</h2>
      {goals.isPending ? <Loading /> : null}
      {goals.isError ? <LoadError onRetry={() => void goals.refetch()} /> : null}
      {goals.data && goals.data.goals.length === 0 ? (
        <>
          <p>{t('myPage.goals.none')}</p>
          <p>{t('myPage.goals.noneHelp')}</p>
        </>
      ) : null}
      {goals.data && goals.data.goals.length > 0 ? (
        <>
          <p>{t('myPage.goals.intro')}</p>
          <p>{t('myPage.goals.introSteps')}</p>
          <ul className="app-plain-list own-goals">
            {goals.data.goals.map((goal) => (
              <li key={goal.id}>
                <OwnGoal goal={goal} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function OwnGoal({ goal, isSub = false }: { goal: Goal | SubGoal; isSub?: boolean }) {
  const { t } = useTranslation();
  const Heading = isSub ? 'h4' : 'h3';
  // A sub-goal shows only the questions answered so far; a goal shows all four.
  const steps = isSub ? circleSteps.filter((s) => goal.circle[s]) : circleSteps;
  const subGoals = 'subGoals' in goal ? goal.subGoals : [];
  return (
    <article className={isSub ? 'app-goal app-subgoal' : 'app-goal'} aria-labelledby={`own-goal-${goal.id}`}>
      <Heading id={`own-goal-${goal.id}`} className="app-goal-title">
        {isSub ? <span className="app-kicker">{t('myPage.goals.subGoal')}: </span> : null}
        {goal.title}
      </Heading>
      <p className={`own-goal-status own-goal-status-${goal.status}`}>
        {t(`myPage.goals.status.${goal.status}`)}
      </p>
      {steps.length ? (
        <dl className="own-steps">
          {steps.map((s) => (
            <div key={s}>
              <dt>{t(`myPage.goals.steps.${s}`)}</dt>
              <dd className={goal.circle[s] ? undefined : 'app-muted'}>
                {goal.circle[s] || t('myPage.goals.notWritten')}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {subGoals.length ? (
        <ul className="app-plain-list app-subgoals">
          {subGoals.map((sub) => (
            <li key={sub.id}>
              <OwnGoal goal={sub} isSub />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
