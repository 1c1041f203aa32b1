import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, SelectField, TextField, useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { courseQuery } from '../courses/api.ts';
import { changeTask, createTask, type Meeting, type MeetingTask } from './api.ts';
import { useMeetingRefetch } from './cache.ts';
import { teamUsers } from './PlanMeetingForm.tsx';

const EXTERNAL = 'external';

/** The meeting's tasks: owner, deadline, done; those who may tick one off, can. */
export function MeetingTasks({
  courseId,
  meeting,
  canWrite,
}: {
  courseId: string;
  meeting: Meeting;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const add = useDisclosure();
  return (
    <section aria-labelledby="meeting-tasks" className="app-meeting-section">
      <h3 id="meeting-tasks">{t('meetings.tasks')}</h3>
      {meeting.tasks.length === 0 ? (
        <p>{t('meetings.noTasks')}</p>
      ) : (
        <ul className="app-plain-list app-meetings">
          {meeting.tasks.map((task) => (
            <li key={task.id}>
              <TaskItem courseId={courseId} meetingId={meeting.id} task={task} />
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        add.open ? (
          <TaskForm
            courseId={courseId}
            meetingId={meeting.id}
            headingRef={add.headingRef}
            onDone={() => add.setOpen(false)}
          />
        ) : (
          <button
            ref={add.triggerRef}
            type="button"
            className="button button-secondary mt-3"
            onClick={() => add.setOpen(true)}
          >
            {t('meetings.newTask')}
          </button>
        )
      ) : null}
    </section>
  );
}

function TaskItem({ courseId, meetingId, task }: { courseId: string; meetingId: string; task: MeetingTask }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const refetch = useMeetingRefetch(courseId, meetingId);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function toggle() {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await changeTask(courseId, meetingId, task.id, { done: !task.done }, task.version);
    } catch {
      setFailed(true);
    } finally {
      await refetch();
      setBusy(false);
    }
  }
  return (
    <div className="app-meeting">
      <h4>{task.title}</h4>
      <p className="app-meta">
        {task.owner ? task.owner.name : t('meetings.taskNoOwner')}
        {task.deadline ? ` · ${t('meetings.taskDue', { date: fmt.date(task.deadline) })}` : ''}
        {' · '}
        <span className={task.done ? 'app-status app-status-achieved' : 'app-status'}>
          {task.done ? t('meetings.taskDone') : t('meetings.taskOpen')}
        </span>
      </p>
      {task.mayMarkDone ? (
        <button
          type="button"
          className="button button-secondary app-compact-button"
          aria-disabled={busy || undefined}
          onClick={() => void toggle()}
        >
          {task.done
            ? t('meetings.markOpen', { title: task.title })
            : t('meetings.markDone', { title: task.title })}
        </button>
      ) : null}
      {failed ? (
        <p className="app-meta" role="alert">
          {t('app.errorGeneric')}
        </p>
      ) : null}
    </div>
  );
}

function TaskForm({
  courseId,
  meetingId,
  headingRef,
  onDone,
}: {
  courseId: string;
  meetingId: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refetch = useMeetingRefetch(courseId, meetingId);
  const course = queryClient.getQueryData(courseQuery(courseId).queryKey);
  const people = course ? teamUsers(course) : [];
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [deadline, setDeadline] = useState('');
  const prefix = 'task-new';
  const form = useFormSubmit({
    save: () =>
      createTask(courseId, meetingId, {
        title: title.trim(),
        ...(owner === EXTERNAL ? { ownerName: ownerName.trim() } : owner ? { ownerId: owner } : {}),
        ...(deadline ? { deadline } : {}),
      }),
    onSaved: async () => {
      await refetch();
      announce(t('meetings.taskSaved', { title: title.trim() }));
      onDone();
    },
    fields: {
      'body.title': { id: `${prefix}-title`, label: t('meetings.taskTitle') },
      'body.ownerId': { id: `${prefix}-owner`, label: t('meetings.taskOwner') },
      'body.ownerName': { id: `${prefix}-owner-name`, label: t('meetings.taskOwnerName') },
      'body.deadline': { id: `${prefix}-deadline`, label: t('meetings.taskDeadline') },
    },
    validate: () => ({
      [`${prefix}-title`]: title.trim() ? undefined : t('meetings.taskTitleMissing'),
      [`${prefix}-owner-name`]:
        owner === EXTERNAL && !ownerName.trim() ? t('meetings.taskOwnerNameMissing') : undefined,
    }),
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={t('meetings.newTask')}
      headingRef={headingRef}
      submitLabel={t('meetings.createTask')}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-title`}
        label={t('meetings.taskTitle')}
        value={title}
        onValue={setTitle}
        error={errors[`${prefix}-title`]}
        required
      />
      <SelectField
        id={`${prefix}-owner`}
        label={t('meetings.taskOwner')}
        optional
        value={owner}
        onValue={setOwner}
        options={[
          { value: '', label: t('meetings.taskNoOwner') },
          ...people.map((m) => ({ value: m.userId, label: m.displayName })),
          { value: EXTERNAL, label: t('meetings.taskOwnerExternal') },
        ]}
        error={errors[`${prefix}-owner`]}
      />
      {owner === EXTERNAL ? (
        <TextField
          id={`${prefix}-owner-name`}
          label={t('meetings.taskOwnerName')}
          value={ownerName}
          onValue={setOwnerName}
          error={errors[`${prefix}-owner-name`]}
          required
        />
      ) : null}
      <DateField
        id={`${prefix}-deadline`}
        label={t('meetings.taskDeadline')}
        optional
        value={deadline}
        onValue={setDeadline}
        error={errors[`${prefix}-deadline`]}
      />
    </FormPanel>
  );
}
