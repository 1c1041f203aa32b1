import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../app/forms.tsx';
import { circleSteps, type Goal, type SubGoal } from './api.ts';
import { GoalCreateForm, GoalEditForm } from './GoalForms.tsx';
import { GoalHistory } from './GoalHistory.tsx';

interface Props {
  courseId: string;
  goal: Goal | SubGoal;
  canWrite: boolean;
  /** Set for a sub-goal, which sits one heading level lower. */
  parent?: Goal;
}

/** One goal: its status, area and track, the learning circle, its sub-goals, and what can be done. */
export function GoalCard({ courseId, goal, canWrite, parent }: Props) {
  const { t } = useTranslation();
  const edit = useDisclosure();
  const history = useDisclosure();
  const addSub = useDisclosure();
  const Heading = parent ? 'h4' : 'h3';
  const steps = circleSteps.filter((s) => goal.circle[s]);
  const subGoals = 'subGoals' in goal ? goal.subGoals : [];
  const headingId = `goal-${goal.id}`;

  return (
    <article className={parent ? 'app-goal app-subgoal' : 'app-goal'} aria-labelledby={headingId}>
      <Heading id={headingId} className="app-goal-title">
        {parent ? <span className="app-kicker">{t('goals.subGoal')}: </span> : null}
        {goal.title}
      </Heading>
      <p className="app-meta">
        <span className={`app-status app-status-${goal.status}`}>{t(`goals.statuses.${goal.status}`)}</span>
        {' · '}
        {t(`goals.areas.${goal.area}`)}
        {goal.track ? ` · ${t(`tracks.${goal.track}`)}` : ''}
      </p>
      {steps.length ? (
        <dl className="app-facts app-circle-list">
          {steps.map((s) => (
            <div key={s}>
              <dt>{t(`goals.circle.${s}`)}</dt>
              <dd>{goal.circle[s]}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      <div className="app-actions">
        {canWrite && !edit.open ? (
          <button
            ref={edit.triggerRef}
            type="button"
            className="button button-secondary"
            onClick={() => edit.setOpen(true)}
            aria-label={`${t('goals.edit')}: ${goal.title}`}
          >
            {t('goals.edit')}
          </button>
        ) : null}
        <button
          ref={history.triggerRef}
          type="button"
          className="button button-tertiary"
          aria-expanded={history.open}
          aria-controls={`history-${goal.id}`}
          onClick={() => history.setOpen(!history.open)}
          aria-label={`${history.open ? t('goals.hideHistory') : t('goals.showHistory')}: ${goal.title}`}
        >
          {history.open ? t('goals.hideHistory') : t('goals.showHistory')}
        </button>
      </div>
      {edit.open ? (
        <GoalEditForm
          courseId={courseId}
          goal={goal}
          isSubGoal={!!parent}
          headingRef={edit.headingRef}
          onDone={() => edit.setOpen(false)}
        />
      ) : null}
      <div id={`history-${goal.id}`}>
        {history.open ? (
          <GoalHistory
            courseId={courseId}
            goalId={goal.id}
            headingRef={history.headingRef}
            level={parent ? 'h5' : 'h4'}
          />
        ) : null}
      </div>

      {subGoals.length ? (
        <ul className="app-plain-list app-subgoals" aria-label={t('goals.subGoalsOf', { title: goal.title })}>
          {subGoals.map((sub) => (
            <li key={sub.id}>
              <GoalCard courseId={courseId} goal={sub} canWrite={canWrite} parent={goal as Goal} />
            </li>
          ))}
        </ul>
      ) : null}
      {!parent && canWrite ? (
        addSub.open ? (
          <GoalCreateForm
            courseId={courseId}
            parent={goal as Goal}
            headingRef={addSub.headingRef}
            onDone={() => addSub.setOpen(false)}
          />
        ) : (
          <button
            ref={addSub.triggerRef}
            type="button"
            className="button button-secondary mt-3"
            onClick={() => addSub.setOpen(true)}
            aria-label={`${t('goals.addSubGoal')}: ${goal.title}`}
          >
            {t('goals.addSubGoal')}
          </button>
        )
      ) : null}
    </article>
  );
}
