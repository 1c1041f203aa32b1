import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, RadioGroup, SelectField, TextArea } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { courseQuery } from '../courses/api.ts';
import {
  createWorkTrial,
  jobKey,
  updateWorkTrial,
  type WorkFunction,
  type WorkTrial,
  workFunctions,
  workOptionsQuery,
} from './api.ts';

interface Props {
  courseId: string;
  /** Given to change a trial; without it the form records a new one. */
  trial?: WorkTrial;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** Staff of the course who can write a trial: the mentor and the coordinator (never the young person or a company). */
const writerRoles = new Set(['youthCoordinator', 'workshopMentor', 'jobConsultant']);

/** A work trial and industry clarification: where, when, what was tried and what it showed. */
export function WorkTrialForm({ courseId, trial, headingRef, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useQuery(workOptionsQuery(courseId));
  const course = useQuery(courseQuery(courseId));
  const p = trial ? `trial-${trial.id}` : 'trial-new';
  const [kind, setKind] = useState<'workplace' | 'company'>(trial?.place.kind ?? 'workplace');
  const [workplaceId, setWorkplaceId] = useState(trial?.place.kind === 'workplace' ? trial.place.id : '');
  const [companyId, setCompanyId] = useState(trial?.place.kind === 'company' ? trial.place.id : '');
  const [fromDate, setFromDate] = useState(trial?.fromDate ?? '');
  const [toDate, setToDate] = useState(trial?.toDate ?? '');
  const [functions, setFunctions] = useState<string[]>(trial?.workFunctions ?? []);
  const [whatWorked, setWhatWorked] = useState(trial?.whatWorked ?? '');
  const [pace, setPace] = useState(trial?.paceAndStamina ?? '');
  const [supportAtWork, setSupportAtWork] = useState(trial?.supportAtWork ?? '');
  const [supportInDailyLife, setSupportInDailyLife] = useState(trial?.supportInDailyLife ?? '');
  const [authors, setAuthors] = useState<string[]>(trial?.authors.map((a) => a.userId) ?? []);
  const [base, setBase] = useState(trial);

  const team = (course.data?.team ?? []).filter((m) => writerRoles.has(m.role));
  const values = {
    fromDate,
    toDate: toDate || null,
    workplaceId: kind === 'workplace' ? workplaceId : null,
    companyId: kind === 'company' ? companyId : null,
    workFunctions: functions as WorkFunction[],
    whatWorked: whatWorked.trim(),
    paceAndStamina: pace.trim(),
    supportAtWork: supportAtWork.trim(),
    supportInDailyLife: supportInDailyLife.trim(),
  };
  const withAuthors = authors.length ? { ...values, authors } : values;

  const form = useFormSubmit({
    save: () =>
      base
        ? updateWorkTrial(courseId, base.id, withAuthors, base.version)
        : createWorkTrial(courseId, withAuthors),
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: jobKey(courseId, 'trials') });
      const now = current as WorkTrial | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('job.trials.changedMeanwhile')];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKey(courseId, 'trials') });
      announce(t(trial ? 'job.trials.updated' : 'job.trials.added'));
      onDone();
    },
    fields: {
      'body.fromDate': { id: `${p}-from`, label: t('job.trials.fromDate') },
      'body.toDate': { id: `${p}-to`, label: t('job.trials.toDate') },
      'body.workplaceId': { id: `${p}-workplace`, label: t('job.trials.workplace') },
      'body.companyId': { id: `${p}-company`, label: t('job.company') },
      'body.workFunctions': { id: `${p}-functions`, label: t('job.workFunctions') },
      'body.whatWorked': { id: `${p}-worked`, label: t('job.trials.whatWorked') },
      'body.paceAndStamina': { id: `${p}-pace`, label: t('job.trials.paceAndStamina') },
      'body.supportAtWork': { id: `${p}-support-work`, label: t('job.trials.supportAtWork') },
      'body.supportInDailyLife': { id: `${p}-support-life`, label: t('job.trials.supportInDailyLife') },
      'body.authors': { id: `${p}-authors`, label: t('job.trials.authors') },
    },
    validate: () => ({
      [`${p}-from`]: fromDate ? undefined : t('form.dateMissing'),
      [`${p}-to`]: toDate && fromDate && toDate < fromDate ? t('job.endBeforeStart') : undefined,
      [`${p}-workplace`]: kind === 'workplace' && !workplaceId ? t('job.trials.workplaceMissing') : undefined,
      [`${p}-company`]: kind === 'company' && !companyId ? t('job.companyMissing') : undefined,
    }),
    values: {
      [`${p}-from`]: fromDate,
      [`${p}-to`]: toDate,
      [`${p}-workplace`]: workplaceId,
      [`${p}-company`]: companyId,
      [`${p}-authors`]: authors.join(),
    },
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${p}-heading`}
      headingLevel={4}
      heading={t(trial ? 'job.trials.editTitle' : 'job.trials.add')}
      headingRef={headingRef}
      submitLabel={t(trial ? 'job.save' : 'job.trials.create')}
      onCancel={onDone}
    >
      <DateField
        id={`${p}-from`}
        label={t('job.trials.fromDate')}
        value={fromDate}
        onValue={setFromDate}
        error={errors[`${p}-from`]}
        required
      />
      <DateField
        id={`${p}-to`}
        label={t('job.trials.toDate')}
        optional
        value={toDate}
        onValue={setToDate}
        error={errors[`${p}-to`]}
      />
      <RadioGroup
        id={`${p}-kind`}
        legend={t('job.trials.where')}
        value={kind}
        onValue={(v) => setKind(v as 'workplace' | 'company')}
        options={[
          { value: 'workplace', label: t('job.trials.atWorkplace') },
          { value: 'company', label: t('job.trials.atCompany') },
        ]}
      />
      {kind === 'workplace' ? (
        <SelectField
          id={`${p}-workplace`}
          label={t('job.trials.workplace')}
          value={workplaceId}
          onValue={setWorkplaceId}
          error={errors[`${p}-workplace`]}
          hint={options.data?.workplaces?.length ? undefined : t('job.trials.noWorkplaces')}
          options={[
            { value: '', label: t('job.trials.chooseWorkplace') },
            ...(options.data?.workplaces ?? []).map((w) => ({ value: w.id, label: w.name })),
          ]}
        />
      ) : (
        <SelectField
          id={`${p}-company`}
          label={t('job.company')}
          value={companyId}
          onValue={setCompanyId}
          error={errors[`${p}-company`]}
          options={[
            { value: '', label: t('job.chooseCompany') },
            ...(options.data?.companies ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <CheckboxGroup
        id={`${p}-functions`}
        legend={t('job.workFunctions')}
        error={errors[`${p}-functions`]}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
      />
      <TextArea
        id={`${p}-worked`}
        label={t('job.trials.whatWorked')}
        optional
        rows={3}
        value={whatWorked}
        onValue={setWhatWorked}
        error={errors[`${p}-worked`]}
      />
      <TextArea
        id={`${p}-pace`}
        label={t('job.trials.paceAndStamina')}
        optional
        rows={3}
        value={pace}
        onValue={setPace}
        error={errors[`${p}-pace`]}
      />
      <TextArea
        id={`${p}-support-work`}
        label={t('job.trials.supportAtWork')}
        optional
        rows={3}
        value={supportAtWork}
        onValue={setSupportAtWork}
        error={errors[`${p}-support-work`]}
      />
      <TextArea
        id={`${p}-support-life`}
        label={t('job.trials.supportInDailyLife')}
        optional
        rows={3}
        value={supportInDailyLife}
        onValue={setSupportInDailyLife}
        error={errors[`${p}-support-life`]}
      />
      {team.length ? (
        <CheckboxGroup
          id={`${p}-authors`}
          legend={t('job.trials.authors')}
          hint={t('job.trials.authorsHint')}
          error={errors[`${p}-authors`]}
          options={team.map((m) => ({
            value: m.userId,
            label: `${m.displayName} (${t(`roles.${m.role}` as 'roles.youthCoordinator')})`,
          }))}
          values={authors}
          onValues={setAuthors}
        />
      ) : null}
    </FormPanel>
  );
}
