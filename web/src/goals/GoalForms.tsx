import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { type Errors, RadioGroup, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { isTrack, tracks } from '../app/tracks.ts';
import {
  type Circle,
  type CircleStep,
  circleSteps,
  createGoal,
  type Goal,
  type GoalArea,
  type GoalPatch,
  type GoalStatus,
  goalAreas,
  goalStatuses,
  type SubGoal,
  updateGoal,
} from './api.ts';

const emptyCircle: Circle = { goal: '', activities: '', measure: '', learned: '' };

/** The learning circle's four questions, as one group. */
function CircleFields({
  prefix,
  circle,
  onChange,
}: {
  prefix: string;
  circle: Circle;
  onChange: (c: Circle) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="app-circle">
      <legend className="form-label">{t('goals.circle.legend')}</legend>
      <span className="form-hint">{t('goals.circle.hint')}</span>
      {circleSteps.map((step) => (
        <TextArea
          key={step}
          id={`${prefix}-circle-${step}`}
          label={t(`goals.circle.${step}`)}
          optional
          rows={2}
          value={circle[step]}
          onValue={(value) => onChange({ ...circle, [step]: value })}
        />
      ))}
    </fieldset>
  );
}

/** A goal's (or sub-goal's) title; a sub-goal's label says so. */
function TitleField({
  prefix,
  isSubGoal,
  value,
  onValue,
  errors,
}: {
  prefix: string;
  isSubGoal: boolean;
  value: string;
  onValue: (value: string) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`${prefix}-title`}
      label={isSubGoal ? t('goals.subGoalTitle') : t('goals.title')}
      value={value}
      onValue={onValue}
      error={errors[`${prefix}-title`]}
      required
    />
  );
}

function AreaField({
  prefix,
  value,
  onValue,
  error,
}: {
  prefix: string;
  value: GoalArea | '';
  onValue: (value: GoalArea) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={`${prefix}-area`}
      legend={t('goals.area')}
      value={value}
      onValue={(v) => onValue(v as GoalArea)}
      options={goalAreas.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
      error={error}
    />
  );
}

/** Optional: a goal may belong to no track. */
function TrackField({
  prefix,
  value,
  onValue,
}: {
  prefix: string;
  value: string;
  onValue: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={`${prefix}-track`}
      label={t('goals.track')}
      optional
      value={value}
      onValue={onValue}
      options={[
        { value: '', label: t('goals.noTrack') },
        ...tracks.map((v) => ({ value: v, label: t(`tracks.${v}`) })),
      ]}
    />
  );
}

/** The circle's answers, trimmed, for the given steps. */
const trimmedCircle = (circle: Circle, steps: readonly CircleStep[]) =>
  Object.fromEntries(steps.map((s) => [s, circle[s].trim()]));

function titleMissing(prefix: string, title: string, t: (key: 'goals.titleMissing') => string): Errors {
  return { [`${prefix}-title`]: title.trim() ? undefined : t('goals.titleMissing') };
}

function failureFields(
  prefix: string,
  t: (key: 'goals.title' | 'goals.area' | 'goals.track' | 'goals.status' | 'goals.note') => string,
) {
  return {
    'body.title': { id: `${prefix}-title`, label: t('goals.title') },
    'body.area': { id: `${prefix}-area`, label: t('goals.area') },
    'body.track': { id: `${prefix}-track`, label: t('goals.track') },
    'body.status': { id: `${prefix}-status`, label: t('goals.status') },
    'body.note': { id: `${prefix}-note`, label: t('goals.note') },
  };
}

interface CreateProps {
  courseId: string;
  /** Given for a sub-goal: it takes the parent's area. */
  parent?: Goal;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** A new goal (area, optional track, title and the learning circle) or a sub-goal under one. */
export function GoalCreateForm({ courseId, parent, headingRef, onDone }: CreateProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = parent ? `sub-${parent.id}` : 'goal-new';
  const [area, setArea] = useState<GoalArea | ''>(parent?.area ?? '');
  const [track, setTrack] = useState(parent?.track ?? '');
  const [title, setTitle] = useState('');
  const [circle, setCircle] = useState<Circle>(emptyCircle);

  const form = useFormSubmit({
    save: () =>
      createGoal(courseId, {
        area: area as GoalArea,
        track: isTrack(track) ? track : null,
        title: title.trim(),
        ...(parent ? { parentGoalId: parent.id } : {}),
        circle: trimmedCircle(circle, circleSteps),
      }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'goals'] });
      announce(
        parent ? t('goals.subGoalSaved', { title: title.trim() }) : t('goals.saved', { title: title.trim() }),
      );
      onDone();
    },
    fields: failureFields(prefix, t),
    validate: () => ({
      [`${prefix}-area`]: area ? undefined : t('goals.areaMissing'),
      ...titleMissing(prefix, title, t),
    }),
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={parent ? 4 : 3}
      heading={parent ? t('goals.newSubGoalFor', { title: parent.title }) : t('goals.newGoal')}
      headingRef={headingRef}
      submitLabel={parent ? t('goals.createSubGoal') : t('goals.create')}
      onCancel={onDone}
    >
      {parent ? null : (
        <AreaField prefix={prefix} value={area} onValue={setArea} error={errors[`${prefix}-area`]} />
      )}
      <TitleField prefix={prefix} isSubGoal={!!parent} value={title} onValue={setTitle} errors={errors} />
      <TrackField prefix={prefix} value={track} onValue={setTrack} />
      <CircleFields prefix={prefix} circle={circle} onChange={setCircle} />
    </FormPanel>
  );
}

interface EditProps {
  courseId: string;
  goal: SubGoal;
  isSubGoal: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** What someone else changed between the version the person opened and the one there is now. */
function changedMeanwhile(before: SubGoal, now: SubGoal, t: TFunction): string[] {
  const line = (field: string, value: string) => t('form.changedTo', { field, value });
  const lines: string[] = [];
  if (now.title !== before.title) lines.push(line(t('goals.title'), now.title));
  if (now.status !== before.status) lines.push(line(t('goals.status'), t(`goals.statuses.${now.status}`)));
  if (now.area !== before.area) lines.push(line(t('goals.area'), t(`goals.areas.${now.area}`)));
  if (now.track !== before.track)
    lines.push(line(t('goals.track'), now.track ? t(`tracks.${now.track}`) : t('goals.noTrack')));
  for (const step of circleSteps)
    if (now.circle[step] !== before.circle[step])
      lines.push(line(t(`goals.circle.${step}`), now.circle[step]));
  return lines;
}

/** Change a goal; the server keeps every version, so nothing is overwritten. */
export function GoalEditForm({ courseId, goal, isSubGoal, headingRef, onDone }: EditProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `edit-${goal.id}`;
  const [title, setTitle] = useState(goal.title);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [area, setArea] = useState<GoalArea>(goal.area);
  const [track, setTrack] = useState<string>(goal.track ?? '');
  const [circle, setCircle] = useState<Circle>(goal.circle);
  const [note, setNote] = useState('');
  // The version this edit is based on: the goal as opened, or as it was when someone else's change
  // was shown (412), so that saving again is a conscious choice.
  const [base, setBase] = useState<SubGoal>(goal);

  function changes(): GoalPatch {
    const patch: GoalPatch = {};
    if (title.trim() !== base.title) patch.title = title.trim();
    if (status !== base.status) patch.status = status;
    if (area !== base.area) patch.area = area;
    const newTrack = isTrack(track) ? track : null;
    if (newTrack !== base.track) patch.track = newTrack;
    const changedSteps = circleSteps.filter((s) => circle[s].trim() !== base.circle[s]);
    if (changedSteps.length) patch.circle = trimmedCircle(circle, changedSteps);
    return patch;
  }

  const form = useFormSubmit({
    save: () => {
      const patch = changes();
      return updateGoal(
        courseId,
        goal.id,
        note.trim() ? { ...patch, note: note.trim() } : patch,
        base.version,
      );
    },
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'goals'] });
      const now = current as SubGoal | null;
      if (!now) return [t('form.removedMeanwhile')];
      // What the person did not touch takes the other person's value; what they typed stays.
      if (title.trim() === base.title) setTitle(now.title);
      if (status === base.status) setStatus(now.status);
      if (area === base.area) setArea(now.area);
      if ((isTrack(track) ? track : null) === base.track) setTrack(now.track ?? '');
      setCircle(
        Object.fromEntries(
          circleSteps.map((s) => [s, circle[s].trim() === base.circle[s] ? now.circle[s] : circle[s]]),
        ) as Circle,
      );
      setBase(now);
      return changedMeanwhile(base, now, t);
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'goals'] });
      announce(t('goals.updated', { title: title.trim() }));
      onDone();
    },
    fields: failureFields(prefix, t),
    validate: () => titleMissing(prefix, title, t),
    holdBack: () => (Object.keys(changes()).length === 0 ? t('goals.nothingChanged') : null),
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={isSubGoal ? 5 : 4}
      heading={t('goals.editTitle', { title: goal.title })}
      headingRef={headingRef}
      submitLabel={t('goals.saveChanges')}
      onCancel={onDone}
    >
      <TitleField prefix={prefix} isSubGoal={isSubGoal} value={title} onValue={setTitle} errors={errors} />
      <RadioGroup
        id={`${prefix}-status`}
        legend={t('goals.status')}
        value={status}
        onValue={(v) => setStatus(v as GoalStatus)}
        options={goalStatuses.map((s) => ({ value: s, label: t(`goals.statuses.${s}`) }))}
        inline
      />
      {isSubGoal ? null : <AreaField prefix={prefix} value={area} onValue={setArea} />}
      <TrackField prefix={prefix} value={track} onValue={setTrack} />
      <CircleFields prefix={prefix} circle={circle} onChange={setCircle} />
      <TextArea
        id={`${prefix}-note`}
        label={t('goals.note')}
        hint={t('goals.noteHint')}
        optional
        rows={2}
        value={note}
        onValue={setNote}
        error={errors[`${prefix}-note`]}
      />
    </FormPanel>
  );
}
