import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOverview } from '../api/types.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, type Errors, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  agendaFor,
  type CourseMeetingKind,
  courseMeetingKinds,
  meetingsKey,
  type NewMeeting,
  planMeeting,
} from './api.ts';

interface External {
  key: number;
  name: string;
  role: string;
  email: string;
}
type AgendaItem = { heading: string; text: string };

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const prefix = 'meeting-new';
const YOUNG = 'youngPerson';

/** The team members who can host, chair and be invited: everyone on the team but the young person. */
export const teamUsers = (course: CourseOverview) => {
  const seen = new Set<string>();
  return course.team.filter((m) => {
    if (m.role === 'participant' || seen.has(m.userId)) return false;
    seen.add(m.userId);
    return true;
  });
};

interface Props {
  courseId: string;
  course: CourseOverview;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** "Planlæg møde": kind, day and time, place, host and chair, who is invited, and the agenda from the kind's template. */
export function PlanMeetingForm({ courseId, course, headingRef, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const team = teamUsers(course);
  const [kind, setKind] = useState<CourseMeetingKind>('followUp');
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [place, setPlace] = useState('');
  const [hostId, setHostId] = useState('');
  const [chairId, setChairId] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [externals, setExternals] = useState<External[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [agenda, setAgenda] = useState<AgendaItem[]>(() => agendaFor('followUp', language));
  const [agendaEdited, setAgendaEdited] = useState(false);

  function chooseKind(value: string) {
    const next = value as CourseMeetingKind;
    setKind(next);
    // The template follows the kind until the person has written in it.
    if (!agendaEdited) setAgenda(agendaFor(next, language));
  }
  const editAgenda = (index: number, item: Partial<AgendaItem>) => {
    setAgendaEdited(true);
    setAgenda(agenda.map((a, i) => (i === index ? { ...a, ...item } : a)));
  };
  const editExternal = (key: number, change: Partial<External>) =>
    setExternals(externals.map((x) => (x.key === key ? { ...x, ...change } : x)));

  const body = (): NewMeeting => ({
    kind,
    date,
    startTime,
    endTime,
    ...(place.trim() ? { place: place.trim() } : {}),
    hostId: hostId || null,
    chairId: chairId || null,
    invitees: [
      ...invited.map((id) =>
        id === YOUNG ? { kind: 'youngPerson' as const } : { kind: 'user' as const, userId: id },
      ),
      ...externals.map((x) => ({
        kind: 'external' as const,
        name: x.name.trim(),
        ...(x.role.trim() ? { role: x.role.trim() } : {}),
        ...(x.email.trim() ? { email: x.email.trim() } : {}),
      })),
    ],
    // A point whose heading was emptied is left out.
    agenda: agenda
      .filter((a) => a.heading.trim())
      .map((a) => ({ heading: a.heading.trim(), text: a.text.trim() })),
  });

  const form = useFormSubmit({
    save: () => planMeeting(courseId, body()),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingsKey(courseId) });
      announce(t('meetings.planned', { kind: t(`meetings.kinds.${kind}`), when: `${date} ${startTime}` }));
      onDone();
    },
    fields: {
      'body.kind': { id: `${prefix}-kind`, label: t('meetings.kind') },
      'body.date': { id: `${prefix}-date`, label: t('meetings.date') },
      'body.startTime': { id: `${prefix}-start`, label: t('meetings.startTime') },
      'body.endTime': { id: `${prefix}-end`, label: t('meetings.endTime') },
      'body.place': { id: `${prefix}-place`, label: t('meetings.place') },
      'body.hostId': { id: `${prefix}-host`, label: t('meetings.host') },
      'body.chairId': { id: `${prefix}-chair`, label: t('meetings.chair') },
      ...Object.fromEntries(
        externals.flatMap((x, i) => [
          [
            `body.invitees[${invited.length + i}].name`,
            { id: `${prefix}-ext-${x.key}-name`, label: t('meetings.externalName', { n: i + 1 }) },
          ],
          [
            `body.invitees[${invited.length + i}].email`,
            { id: `${prefix}-ext-${x.key}-email`, label: t('meetings.externalEmail', { n: i + 1 }) },
          ],
        ]),
      ),
    },
    validate: (): Errors => ({
      [`${prefix}-date`]: date ? undefined : t('meetings.dateMissing'),
      [`${prefix}-start`]: timePattern.test(startTime) ? undefined : t('meetings.timeMissing'),
      [`${prefix}-end`]: !timePattern.test(endTime)
        ? t('meetings.timeMissing')
        : timePattern.test(startTime) && endTime <= startTime
          ? t('meetings.endBeforeStart')
          : undefined,
      ...Object.fromEntries(
        externals.map((x) => [
          `${prefix}-ext-${x.key}-name`,
          x.name.trim() ? undefined : t('meetings.nameMissing'),
        ]),
      ),
    }),
  });
  const { errors } = form;
  const people = team.map((m) => ({ value: m.userId, label: m.displayName }));

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={3}
      heading={t('meetings.planTitle')}
      headingRef={headingRef}
      submitLabel={t('meetings.create')}
      onCancel={onDone}
    >
      <SelectField
        id={`${prefix}-kind`}
        label={t('meetings.kind')}
        value={kind}
        onValue={chooseKind}
        options={courseMeetingKinds.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
        error={errors[`${prefix}-kind`]}
      />
      <DateField
        id={`${prefix}-date`}
        label={t('meetings.date')}
        value={date}
        onValue={setDate}
        error={errors[`${prefix}-date`]}
        required
      />
      <TextField
        id={`${prefix}-start`}
        type="time"
        className="app-input-date"
        label={t('meetings.startTime')}
        hint={t('meetings.timeHint')}
        value={startTime}
        onValue={setStartTime}
        error={errors[`${prefix}-start`]}
        required
      />
      <TextField
        id={`${prefix}-end`}
        type="time"
        className="app-input-date"
        label={t('meetings.endTime')}
        hint={t('meetings.timeHint')}
        value={endTime}
        onValue={setEndTime}
        error={errors[`${prefix}-end`]}
        required
      />
      <TextField
        id={`${prefix}-place`}
        label={t('meetings.place')}
        optional
        value={place}
        onValue={setPlace}
        error={errors[`${prefix}-place`]}
      />
      <SelectField
        id={`${prefix}-host`}
        label={t('meetings.host')}
        optional
        value={hostId}
        onValue={setHostId}
        options={[{ value: '', label: t('meetings.nobody') }, ...people]}
        error={errors[`${prefix}-host`]}
      />
      <SelectField
        id={`${prefix}-chair`}
        label={t('meetings.chair')}
        optional
        value={chairId}
        onValue={setChairId}
        options={[{ value: '', label: t('meetings.nobody') }, ...people]}
        error={errors[`${prefix}-chair`]}
      />
      <CheckboxGroup
        id={`${prefix}-invitees`}
        legend={t('meetings.invitees')}
        hint={t('meetings.inviteesHint')}
        options={[...people, { value: YOUNG, label: t('meetings.youngPerson') }]}
        values={invited}
        onValues={setInvited}
      />
      <fieldset className="app-external-list">
        <legend className="form-label">{t('meetings.externals')}</legend>
        <span className="form-hint">{t('meetings.externalsHint')}</span>
        {externals.map((x, i) => (
          <div key={x.key} className="app-external">
            <TextField
              id={`${prefix}-ext-${x.key}-name`}
              label={t('meetings.externalName', { n: i + 1 })}
              value={x.name}
              onValue={(name) => editExternal(x.key, { name })}
              error={errors[`${prefix}-ext-${x.key}-name`]}
              required
            />
            <TextField
              id={`${prefix}-ext-${x.key}-role`}
              label={t('meetings.externalRole', { n: i + 1 })}
              optional
              value={x.role}
              onValue={(role) => editExternal(x.key, { role })}
            />
            <TextField
              id={`${prefix}-ext-${x.key}-email`}
              type="email"
              label={t('meetings.externalEmail', { n: i + 1 })}
              optional
              value={x.email}
              onValue={(email) => editExternal(x.key, { email })}
              error={errors[`${prefix}-ext-${x.key}-email`]}
            />
            <button
              type="button"
              className="button button-tertiary mt-3"
              onClick={() => setExternals(externals.filter((e) => e.key !== x.key))}
            >
              {t('meetings.removeExternal', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary mt-3"
          onClick={() => {
            setExternals([...externals, { key: nextKey, name: '', role: '', email: '' }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t('meetings.addExternal')}
        </button>
      </fieldset>
      <fieldset>
        <legend className="form-label">{t('meetings.agenda')}</legend>
        <span className="form-hint">{t('meetings.agendaHint')}</span>
        {agenda.map((item, i) => (
          <div key={`agenda-${i.toString()}`}>
            <TextField
              id={`${prefix}-agenda-${i}-heading`}
              label={t('meetings.agendaHeading', { n: i + 1 })}
              value={item.heading}
              onValue={(heading) => editAgenda(i, { heading })}
            />
            <TextArea
              id={`${prefix}-agenda-${i}-text`}
              label={t('meetings.agendaText', { n: i + 1, heading: item.heading })}
              optional
              rows={2}
              value={item.text}
              onValue={(text) => editAgenda(i, { text })}
            />
          </div>
        ))}
      </fieldset>
    </FormPanel>
  );
}
