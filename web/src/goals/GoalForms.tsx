import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeFailure,
  ErrorSummary,
  type Errors,
  FormAlert,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  toErrorList,
} from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { isTrack, tracks } from '../app/tracks.ts';
import {
  type Circle,
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

function useTrackOptions() {
  const { t } = useTranslation();
  return [
    { value: '', label: t('goals.noTrack') },
    ...tracks.map((v) => ({ value: v, label: t(`tracks.${v}`) })),
  ];
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
  const trackOptions = useTrackOptions();
  const prefix = parent ? `sub-${parent.id}` : 'goal-new';
  const [area, setArea] = useState<GoalArea | ''>(parent?.area ?? '');
  const [track, setTrack] = useState(parent?.track ?? '');
  const [title, setTitle] = useState('');
  const [circle, setCircle] = useState<Circle>(emptyCircle);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      createGoal(courseId, {
        area: area as GoalArea,
        track: isTrack(track) ? track : null,
        title: title.trim(),
        ...(parent ? { parentGoalId: parent.id } : {}),
        circle: Object.fromEntries(circleSteps.map((s) => [s, circle[s].trim()])),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'goals'] });
      announce(
        parent ? t('goals.subGoalSaved', { title: title.trim() }) : t('goals.saved', { title: title.trim() }),
      );
      onDone();
    },
    onError: (error) => {
      const result = describeFailure(error, t, failureFields(prefix, t));
      setErrors(result.errors);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Errors = {
      [`${prefix}-area`]: area ? undefined : t('goals.areaMissing'),
      [`${prefix}-title`]: title.trim() ? undefined : t('goals.titleMissing'),
    };
    setErrors(found);
    setFailure(null);
    if (!toErrorList(found).length) save.mutate();
  }

  const headingText = parent ? t('goals.newSubGoalFor', { title: parent.title }) : t('goals.newGoal');
  const Heading = parent ? 'h4' : 'h3';
  return (
    <form onSubmit={submit} noValidate className="app-form-panel" aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {headingText}
      </Heading>
      <ErrorSummary errors={errors} />
      <FormAlert message={failure} />
      {parent ? null : (
        <RadioGroup
          id={`${prefix}-area`}
          legend={t('goals.area')}
          value={area}
          onValue={(v) => setArea(v as GoalArea)}
          options={goalAreas.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
          error={errors[`${prefix}-area`]}
        />
      )}
      <TextField
        id={`${prefix}-title`}
        label={parent ? t('goals.subGoalTitle') : t('goals.title')}
        value={title}
        onValue={setTitle}
        error={errors[`${prefix}-title`]}
        required
      />
      <SelectField
        id={`${prefix}-track`}
        label={t('goals.track')}
        optional
        value={track}
        onValue={setTrack}
        options={trackOptions}
      />
      <CircleFields prefix={prefix} circle={circle} onChange={setCircle} />
      <div className="app-actions">
        <SubmitButton busy={save.isPending}>
          {parent ? t('goals.createSubGoal') : t('goals.create')}
        </SubmitButton>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

interface EditProps {
  courseId: string;
  goal: SubGoal;
  isSubGoal: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** Change a goal; the server keeps every version, so nothing is overwritten. */
export function GoalEditForm({ courseId, goal, isSubGoal, headingRef, onDone }: EditProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const trackOptions = useTrackOptions();
  const prefix = `edit-${goal.id}`;
  const [title, setTitle] = useState(goal.title);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [area, setArea] = useState<GoalArea>(goal.area);
  const [track, setTrack] = useState<string>(goal.track ?? '');
  const [circle, setCircle] = useState<Circle>(goal.circle);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  function changes(): GoalPatch {
    const patch: GoalPatch = {};
    if (title.trim() !== goal.title) patch.title = title.trim();
    if (status !== goal.status) patch.status = status;
    if (area !== goal.area) patch.area = area;
    const newTrack = isTrack(track) ? track : null;
    if (newTrack !== goal.track) patch.track = newTrack;
    const changedSteps = circleSteps.filter((s) => circle[s].trim() !== goal.circle[s]);
    if (changedSteps.length)
      patch.circle = Object.fromEntries(changedSteps.map((s) => [s, circle[s].trim()]));
    return patch;
  }

  const save = useMutation({
    mutationFn: (patch: GoalPatch) => updateGoal(courseId, goal.id, patch),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'goals'] });
      announce(t('goals.updated', { title: title.trim() }));
      onDone();
    },
    onError: (error) => {
      const result = describeFailure(error, t, failureFields(prefix, t));
      setErrors(result.errors);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const patch = changes();
    const found: Errors = { [`${prefix}-title`]: title.trim() ? undefined : t('goals.titleMissing') };
    setErrors(found);
    setFailure(
      Object.keys(patch).length === 0 && !toErrorList(found).length ? t('goals.nothingChanged') : null,
    );
    if (toErrorList(found).length || Object.keys(patch).length === 0) return;
    save.mutate(note.trim() ? { ...patch, note: note.trim() } : patch);
  }

  const Heading = isSubGoal ? 'h5' : 'h4';
  return (
    <form onSubmit={submit} noValidate className="app-form-panel" aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {t('goals.editTitle', { title: goal.title })}
      </Heading>
      <ErrorSummary errors={errors} />
      <FormAlert message={failure} />
      <TextField
        id={`${prefix}-title`}
        label={isSubGoal ? t('goals.subGoalTitle') : t('goals.title')}
        value={title}
        onValue={setTitle}
        error={errors[`${prefix}-title`]}
        required
      />
      <RadioGroup
        id={`${prefix}-status`}
        legend={t('goals.status')}
        value={status}
        onValue={(v) => setStatus(v as GoalStatus)}
        options={goalStatuses.map((s) => ({ value: s, label: t(`goals.statuses.${s}`) }))}
        inline
      />
      {isSubGoal ? null : (
        <RadioGroup
          id={`${prefix}-area`}
          legend={t('goals.area')}
          value={area}
          onValue={(v) => setArea(v as GoalArea)}
          options={goalAreas.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
        />
      )}
      <SelectField
        id={`${prefix}-track`}
        label={t('goals.track')}
        optional
        value={track}
        onValue={setTrack}
        options={trackOptions}
      />
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
      <div className="app-actions">
        <SubmitButton busy={save.isPending}>{t('goals.saveChanges')}</SubmitButton>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
