import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { goalsQuery } from '../goals/api.ts';
import {
  type CompanyCategory,
  choicesQuery,
  companyCategories,
  createInternship,
  type Internship,
  type InternshipPatch,
  internshipsKey,
  type NewInternship,
  type ScheduleDay,
  updateInternship,
  workFunctions,
} from './api.ts';
import { ScheduleEditor, scheduleProblems } from './ScheduleEditor.tsx';

interface Props {
  courseId: string;
  /** Given to change an agreement; without it the form creates one. */
  internship?: Internship;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: (id: string) => void;
  onCancel: () => void;
}

/** "1,5" or "1.5" → 1.5; empty → null; anything else → NaN. */
const hoursOf = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

/**
 * A new internship agreement, or a change to one: the company, its mentor, the period, the seven
 * questions of report §8.6 and "Hvad må virksomheden se?" (the young person's consent for the company).
 */
export function InternshipForm({ courseId, internship, headingRef, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = useQuery(choicesQuery(courseId));
  const goals = useQuery(goalsQuery(courseId));
  const prefix = internship ? `internship-${internship.id}` : 'internship-new';
  const [companyId, setCompanyId] = useState(internship?.company.id ?? '');
  const [mentorContactId, setMentor] = useState(internship?.mentor?.contactId ?? '');
  const [openingId, setOpening] = useState(internship?.opening?.id ?? '');
  const [startsOn, setStartsOn] = useState(internship?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(internship?.endsOn ?? '');
  const [purpose, setPurpose] = useState(internship?.purpose ?? '');
  const [functions, setFunctions] = useState<string[]>(internship?.workFunctions ?? []);
  const [workTasks, setWorkTasks] = useState(internship?.workTasks ?? '');
  const [colleagues, setColleagues] = useState(internship?.colleagues ?? '');
  const [place, setPlace] = useState(internship?.place ?? '');
  const [hours, setHours] = useState(internship?.hoursPerWeek == null ? '' : String(internship.hoursPerWeek));
  const [schedule, setSchedule] = useState<ScheduleDay[]>(internship?.schedule ?? []);
  const [supportNeed, setSupportNeed] = useState(internship?.supportNeed ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(
    (internship?.goals ?? []).flatMap((g) => [g.id, ...g.subGoals.map((s) => s.id)]),
  );
  const [followUpPlan, setFollowUpPlan] = useState(internship?.followUpPlan ?? '');
  const [shared, setShared] = useState<CompanyCategory[]>(internship?.companyMayRead ?? ['internship']);
  const [base, setBase] = useState(internship);
  const savedId = useRef('');

  const company = choices.data?.companies.find((c) => c.id === companyId);
  const values: NewInternship = {
    companyId,
    mentorContactId: mentorContactId || null,
    openingId: openingId || null,
    startsOn,
    endsOn: endsOn || null,
    purpose: purpose.trim(),
    workFunctions: functions as NewInternship['workFunctions'],
    workTasks: workTasks.trim(),
    colleagues: colleagues.trim(),
    place: place.trim(),
    hoursPerWeek: hoursOf(hours),
    schedule: schedule.map((d) => ({ ...d, plan: d.plan.trim() })),
    supportNeed: supportNeed.trim(),
    goalIds,
    followUpPlan: followUpPlan.trim(),
    companyMayRead: shared,
  };

  function changes(from: Internship): InternshipPatch {
    const patch: Record<string, unknown> = {};
    const before: Record<string, unknown> = {
      mentorContactId: from.mentor?.contactId ?? null,
      openingId: from.opening?.id ?? null,
      startsOn: from.startsOn,
      endsOn: from.endsOn ?? null,
      purpose: from.purpose,
      workFunctions: from.workFunctions,
      workTasks: from.workTasks,
      colleagues: from.colleagues,
      place: from.place,
      hoursPerWeek: from.hoursPerWeek ?? null,
      schedule: from.schedule,
      supportNeed: from.supportNeed,
      goalIds: (from.goals ?? []).flatMap((g) => [g.id, ...g.subGoals.map((s) => s.id)]),
      followUpPlan: from.followUpPlan,
      companyMayRead: from.companyMayRead,
    };
    for (const [key, now] of Object.entries(values)) {
      if (key === 'companyId') continue;
      if (JSON.stringify(now) !== JSON.stringify(before[key])) patch[key] = now;
    }
    return patch as InternshipPatch;
  }

  const fields: Record<string, { id: string; label: string }> = {
    'body.companyId': { id: `${prefix}-company`, label: t('internships.company') },
    'body.mentorContactId': { id: `${prefix}-mentor`, label: t('internships.mentor') },
    'body.openingId': { id: `${prefix}-opening`, label: t('internships.opening') },
    'body.startsOn': { id: `${prefix}-starts`, label: t('internships.startsOn') },
    'body.endsOn': { id: `${prefix}-ends`, label: t('internships.endsOn') },
    'body.purpose': { id: `${prefix}-purpose`, label: t('internships.purpose') },
    'body.workFunctions': { id: `${prefix}-functions`, label: t('internships.workFunctions') },
    'body.workTasks': { id: `${prefix}-tasks`, label: t('internships.workTasks') },
    'body.colleagues': { id: `${prefix}-colleagues`, label: t('internships.colleagues') },
    'body.place': { id: `${prefix}-place`, label: t('internships.place') },
    'body.hoursPerWeek': { id: `${prefix}-hours`, label: t('internships.hoursPerWeek') },
    'body.schedule': { id: `${prefix}-day-0-weekday`, label: t('internships.schedule') },
    'body.supportNeed': { id: `${prefix}-support`, label: t('internships.supportNeed') },
    'body.goalIds': { id: `${prefix}-goals`, label: t('internships.goals') },
    'body.followUpPlan': { id: `${prefix}-followup`, label: t('internships.followUpPlan') },
    'body.companyMayRead': { id: `${prefix}-share`, label: t('internships.share.legend') },
  };
  schedule.forEach((_d, i) => {
    for (const part of ['weekday', 'from', 'to', 'plan'] as const)
      fields[`body.schedule[${i}].${part}`] = {
        id: `${prefix}-day-${i}-${part}`,
        label: `${t('internships.schedule')}: ${t(`internships.${part}`)}`,
      };
  });
  goalIds.forEach((_g, i) => {
    fields[`body.goalIds[${i}]`] = { id: `${prefix}-goals`, label: t('internships.goals') };
  });

  const form = useFormSubmit({
    save: async () => {
      const saved = base
        ? await updateInternship(courseId, base.id, changes(base), base.version ?? 0)
        : await createInternship(courseId, values);
      savedId.current = saved.internship.id;
    },
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      const now = current as Internship | null;
      if (!now) return [];
      setBase(now);
      return [t('internships.changedMeanwhile')];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      announce(base ? t('internships.updated') : t('internships.created', { company: company?.name ?? '' }));
      onDone(savedId.current);
    },
    fields,
    validate: () => {
      const hoursValue = hoursOf(hours);
      return {
        [`${prefix}-company`]: companyId ? undefined : t('internships.companyMissing'),
        [`${prefix}-starts`]: startsOn ? undefined : t('form.dateMissing'),
        [`${prefix}-ends`]:
          endsOn && startsOn && endsOn < startsOn ? t('internships.endBeforeStart') : undefined,
        [`${prefix}-purpose`]: purpose.trim() ? undefined : t('internships.purposeMissing'),
        [`${prefix}-hours`]:
          hoursValue === null || (hoursValue > 0 && hoursValue <= 60)
            ? undefined
            : t('internships.hoursInvalid'),
        ...scheduleProblems(prefix, schedule, t('internships.timeInvalid')),
      };
    },
    holdBack: () =>
      base && Object.keys(changes(base)).length === 0 ? t('internships.nothingChanged') : null,
  });
  const { errors } = form;
  const courseGoals = goals.data?.goals ?? [];

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={
        internship ? t('internships.editTitle', { company: internship.company.name }) : t('internships.add')
      }
      headingRef={headingRef}
      submitLabel={internship ? t('internships.save') : t('internships.create')}
      onCancel={onCancel}
    >
      {internship ? (
        <p>
          {t('internships.company')}: {internship.company.name}
        </p>
      ) : (
        <SelectField
          id={`${prefix}-company`}
          label={t('internships.company')}
          hint={t('internships.companyHint')}
          value={companyId}
          onValue={(v) => {
            setCompanyId(v);
            setMentor('');
            setOpening('');
          }}
          error={errors[`${prefix}-company`]}
          options={[
            { value: '', label: t('internships.chooseCompany') },
            ...(choices.data?.companies ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <SelectField
        id={`${prefix}-mentor`}
        label={t('internships.mentor')}
        optional
        value={mentorContactId}
        onValue={setMentor}
        error={errors[`${prefix}-mentor`]}
        options={[
          { value: '', label: t('internships.chooseMentor') },
          ...(company?.contacts ?? []).map((c) => ({
            value: c.id,
            label: c.hasSignIn ? t('internships.hasSignIn', { name: c.name }) : c.name,
          })),
        ]}
      />
      {company && company.openings.length > 0 ? (
        <SelectField
          id={`${prefix}-opening`}
          label={t('internships.opening')}
          optional
          value={openingId}
          onValue={setOpening}
          error={errors[`${prefix}-opening`]}
          options={[
            { value: '', label: t('internships.noOpening') },
            ...company.openings.map((o) => ({ value: o.id, label: o.title })),
          ]}
        />
      ) : null}
      <DateField
        id={`${prefix}-starts`}
        label={t('internships.startsOn')}
        value={startsOn}
        onValue={setStartsOn}
        error={errors[`${prefix}-starts`]}
        required
      />
      <DateField
        id={`${prefix}-ends`}
        label={t('internships.endsOn')}
        optional
        value={endsOn}
        onValue={setEndsOn}
        error={errors[`${prefix}-ends`]}
      />
      <h5>{t('internships.q1')}</h5>
      <TextArea
        id={`${prefix}-purpose`}
        label={t('internships.purpose')}
        rows={3}
        value={purpose}
        onValue={setPurpose}
        error={errors[`${prefix}-purpose`]}
        required
      />
      <h5>{t('internships.q2')}</h5>
      <CheckboxGroup
        id={`${prefix}-functions`}
        legend={t('internships.workFunctions')}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
        error={errors[`${prefix}-functions`]}
      />
      <TextArea
        id={`${prefix}-tasks`}
        label={t('internships.workTasks')}
        optional
        rows={2}
        value={workTasks}
        onValue={setWorkTasks}
        error={errors[`${prefix}-tasks`]}
      />
      <h5>{t('internships.q3')}</h5>
      <TextArea
        id={`${prefix}-colleagues`}
        label={t('internships.colleagues')}
        optional
        rows={2}
        value={colleagues}
        onValue={setColleagues}
        error={errors[`${prefix}-colleagues`]}
      />
      <h5>{t('internships.q4')}</h5>
      <TextField
        id={`${prefix}-place`}
        label={t('internships.place')}
        optional
        value={place}
        onValue={setPlace}
        error={errors[`${prefix}-place`]}
      />
      <TextField
        id={`${prefix}-hours`}
        label={t('internships.hoursPerWeek')}
        optional
        inputMode="decimal"
        value={hours}
        onValue={setHours}
        error={errors[`${prefix}-hours`]}
      />
      <ScheduleEditor prefix={prefix} days={schedule} onDays={setSchedule} errors={errors} />
      <h5>{t('internships.q5')}</h5>
      <TextArea
        id={`${prefix}-support`}
        label={t('internships.supportNeed')}
        optional
        rows={2}
        value={supportNeed}
        onValue={setSupportNeed}
        error={errors[`${prefix}-support`]}
      />
      <h5>{t('internships.q6')}</h5>
      {courseGoals.length === 0 ? (
        <p id={`${prefix}-goals`}>{t('internships.noGoals')}</p>
      ) : (
        <CheckboxGroup
          id={`${prefix}-goals`}
          legend={t('internships.goals')}
          options={courseGoals.flatMap((g) => [
            { value: g.id, label: g.title },
            ...g.subGoals.map((s) => ({ value: s.id, label: t('internships.subGoal', { title: s.title }) })),
          ])}
          values={goalIds}
          onValues={setGoalIds}
          error={errors[`${prefix}-goals`]}
        />
      )}
      <h5>{t('internships.q7')}</h5>
      <TextArea
        id={`${prefix}-followup`}
        label={t('internships.followUpPlan')}
        optional
        rows={2}
        value={followUpPlan}
        onValue={setFollowUpPlan}
        error={errors[`${prefix}-followup`]}
      />
      <CheckboxGroup
        id={`${prefix}-share`}
        legend={t('internships.share.legend')}
        hint={t('internships.share.hint')}
        options={companyCategories.map((c) => ({
          value: c,
          label: t(`myPage.consents.shares.shareWithCompany.${c}`),
        }))}
        values={shared}
        onValues={(v) => setShared(v as CompanyCategory[])}
        error={errors[`${prefix}-share`]}
      />
    </FormPanel>
  );
}
