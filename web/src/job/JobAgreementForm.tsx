import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  createJobAgreement,
  type JobAgreement,
  type JobType,
  jobKey,
  jobTypes,
  parseNumber,
  updateJobAgreement,
  type WorkFunction,
  workFunctions,
  workOptionsQuery,
} from './api.ts';

interface Props {
  courseId: string;
  /** Given to change an agreement (also to record the job centre's grant); without it, a new one. */
  agreement?: JobAgreement;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The job agreement: type, company, hours, efficiency, support and compensation, and the grant. */
export function JobAgreementForm({ courseId, agreement, headingRef, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useQuery(workOptionsQuery(courseId));
  const p = agreement ? `agreement-${agreement.id}` : 'agreement-new';
  // No type is chosen for them: the kind of job is a decision, not a default.
  const [type, setType] = useState<JobType | ''>(agreement?.type ?? '');
  const [companyId, setCompanyId] = useState(agreement?.company.id ?? '');
  const [functions, setFunctions] = useState<string[]>(agreement?.workFunctions ?? []);
  const [hours, setHours] = useState(text(agreement?.hoursPerWeek));
  const [efficiency, setEfficiency] = useState(text(agreement?.efficiencyPercent));
  const [support, setSupport] = useState(agreement?.support ?? '');
  const [compensation, setCompensation] = useState<string[]>(
    [
      agreement?.compensation.mentorSupport ? 'mentorSupport' : '',
      agreement?.compensation.personalAssistance ? 'personalAssistance' : '',
    ].filter(Boolean),
  );
  const [mentorHours, setMentorHours] = useState(text(agreement?.compensation.mentorSupportHours));
  const [compensationNote, setCompensationNote] = useState(agreement?.compensation.note ?? '');
  const [startsOn, setStartsOn] = useState(agreement?.startsOn ?? '');
  const [grantedOn, setGrantedOn] = useState(agreement?.grantedOn ?? '');
  const [base, setBase] = useState(agreement);
  const mentorSupport = compensation.includes('mentorSupport');

  const values = () => ({
    type: type as JobType,
    companyId,
    workFunctions: functions as WorkFunction[],
    hoursPerWeek: parseNumber(hours),
    efficiencyPercent: efficiency.trim() ? parseNumber(efficiency) : null,
    support: support.trim(),
    compensation: {
      mentorSupport,
      mentorSupportHours: mentorSupport && mentorHours.trim() ? parseNumber(mentorHours) : null,
      personalAssistance: compensation.includes('personalAssistance'),
      note: compensationNote.trim(),
    },
    startsOn: startsOn || null,
    grantedOn: grantedOn || null,
  });

  const form = useFormSubmit({
    save: () =>
      base
        ? updateJobAgreement(courseId, base.id, values(), base.version)
        : createJobAgreement(courseId, values()),
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: jobKey(courseId, 'agreements') });
      const now = current as JobAgreement | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('job.agreement.changedMeanwhile')];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKey(courseId, 'agreements') });
      announce(t(agreement ? 'job.agreement.updated' : 'job.agreement.added'));
      onDone();
    },
    fields: {
      'body.type': { id: `${p}-type`, label: t('job.agreement.type') },
      'body.companyId': { id: `${p}-company`, label: t('job.company') },
      'body.workFunctions': { id: `${p}-functions`, label: t('job.workFunctions') },
      'body.hoursPerWeek': { id: `${p}-hours`, label: t('job.hoursPerWeek') },
      'body.efficiencyPercent': { id: `${p}-efficiency`, label: t('job.agreement.efficiency') },
      'body.support': { id: `${p}-support`, label: t('job.agreement.support') },
      'body.compensation.mentorSupportHours': {
        id: `${p}-mentor-hours`,
        label: t('job.agreement.mentorSupportHours'),
      },
      'body.compensation.note': { id: `${p}-compensation-note`, label: t('job.agreement.compensationNote') },
      'body.startsOn': { id: `${p}-starts`, label: t('job.agreement.startsOn') },
      'body.grantedOn': { id: `${p}-granted`, label: t('job.agreement.grantedOn') },
    },
    validate: () => {
      const h = parseNumber(hours);
      const e = parseNumber(efficiency);
      const m = parseNumber(mentorHours);
      return {
        [`${p}-type`]: type ? undefined : t('job.agreement.typeMissing'),
        [`${p}-company`]: companyId ? undefined : t('job.companyMissing'),
        [`${p}-hours`]: h > 0 && h <= 60 ? undefined : t('job.hoursInvalid'),
        [`${p}-efficiency`]:
          !efficiency.trim() || (Number.isInteger(e) && e >= 0 && e <= 100)
            ? undefined
            : t('job.efficiency.percentInvalid'),
        [`${p}-mentor-hours`]:
          !mentorSupport || !mentorHours.trim() || (m >= 0 && m <= 60) ? undefined : t('job.hoursInvalid'),
      };
    },
    values: {
      [`${p}-type`]: type,
      [`${p}-company`]: companyId,
      [`${p}-hours`]: hours,
      [`${p}-efficiency`]: efficiency,
      [`${p}-mentor-hours`]: mentorHours,
      [`${p}-starts`]: startsOn,
      [`${p}-granted`]: grantedOn,
    },
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${p}-heading`}
      headingLevel={4}
      heading={t(agreement ? 'job.agreement.editTitle' : 'job.agreement.add')}
      headingRef={headingRef}
      submitLabel={t(agreement ? 'job.save' : 'job.agreement.create')}
      onCancel={onDone}
    >
      <SelectField
        id={`${p}-type`}
        label={t('job.agreement.type')}
        value={type}
        onValue={(v) => setType(v as JobType)}
        error={errors[`${p}-type`]}
        options={[
          { value: '', label: t('job.agreement.chooseType') },
          ...jobTypes.map((j) => ({ value: j, label: t(`jobType.${j}`) })),
        ]}
      />
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
      <CheckboxGroup
        id={`${p}-functions`}
        legend={t('job.workFunctions')}
        error={errors[`${p}-functions`]}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
      />
      <TextField
        id={`${p}-hours`}
        label={t('job.hoursPerWeek')}
        inputMode="decimal"
        className="input-width-xs"
        value={hours}
        onValue={setHours}
        error={errors[`${p}-hours`]}
        required
      />
      <TextField
        id={`${p}-efficiency`}
        label={t('job.agreement.efficiency')}
        hint={t('job.efficiency.percentHint')}
        optional
        inputMode="numeric"
        className="input-width-xs"
        value={efficiency}
        onValue={setEfficiency}
        error={errors[`${p}-efficiency`]}
      />
      <TextArea
        id={`${p}-support`}
        label={t('job.agreement.support')}
        optional
        rows={3}
        value={support}
        onValue={setSupport}
        error={errors[`${p}-support`]}
      />
      <CheckboxGroup
        id={`${p}-compensation`}
        legend={t('job.agreement.compensation')}
        options={[
          { value: 'mentorSupport', label: t('job.agreement.mentorSupport') },
          { value: 'personalAssistance', label: t('job.agreement.personalAssistance') },
        ]}
        values={compensation}
        onValues={setCompensation}
      />
      {mentorSupport ? (
        <TextField
          id={`${p}-mentor-hours`}
          label={t('job.agreement.mentorSupportHours')}
          optional
          inputMode="decimal"
          className="input-width-xs"
          value={mentorHours}
          onValue={setMentorHours}
          error={errors[`${p}-mentor-hours`]}
        />
      ) : null}
      <TextArea
        id={`${p}-compensation-note`}
        label={t('job.agreement.compensationNote')}
        optional
        rows={2}
        value={compensationNote}
        onValue={setCompensationNote}
        error={errors[`${p}-compensation-note`]}
      />
      <DateField
        id={`${p}-starts`}
        label={t('job.agreement.startsOn')}
        optional
        value={startsOn}
        onValue={setStartsOn}
        error={errors[`${p}-starts`]}
      />
      <DateField
        id={`${p}-granted`}
        label={t('job.agreement.grantedOn')}
        hint={t('job.agreement.grantedOnHint')}
        optional
        value={grantedOn}
        onValue={setGrantedOn}
        error={errors[`${p}-granted`]}
      />
    </FormPanel>
  );
}
