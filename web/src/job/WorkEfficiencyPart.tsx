import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, SelectField, TextArea, TextField, useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import {
  createWorkEfficiency,
  jobKey,
  parseNumber,
  type WorkEfficiency,
  workEfficiencyQuery,
  workOptionsQuery,
} from './api.ts';

/** Work efficiency (% of normal) over time, as the job consultant and the company assessed it. */
export function WorkEfficiencyPart({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(workEfficiencyQuery(courseId));
  const { open, setOpen, triggerRef, headingRef } = useDisclosure();
  const assessments = list.data?.assessments ?? [];
  return (
    <section aria-labelledby="efficiency-heading" className="mt-7">
      <h3 id="efficiency-heading">{t('job.efficiency.title')}</h3>
      <p className="app-intro">{t('job.efficiency.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        assessments.length === 0 ? (
          <p>{t('job.efficiency.none')}</p>
        ) : (
          <EfficiencyTable assessments={assessments} />
        )
      ) : null}
      {canWrite && !open ? (
        <button
          ref={triggerRef}
          type="button"
          className="button button-primary mt-4"
          onClick={() => setOpen(true)}
        >
          {t('job.efficiency.add')}
        </button>
      ) : null}
      {canWrite && open ? (
        <EfficiencyForm courseId={courseId} headingRef={headingRef} onDone={() => setOpen(false)} />
      ) : null}
    </section>
  );
}

function EfficiencyTable({ assessments }: { assessments: WorkEfficiency[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table
      className="table table--compact table-sm-responsive-headers app-table app-stack"
      data-testid="work-efficiency"
    >
      <caption className="sr-only">{t('job.efficiency.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('job.efficiency.assessedOn')}</th>
          <th scope="col">{t('job.efficiency.percent')}</th>
          <th scope="col">{t('job.hoursPerWeek')}</th>
          <th scope="col">{t('job.company')}</th>
          <th scope="col">{t('job.efficiency.companyAssessor')}</th>
          <th scope="col">{t('job.efficiency.note')}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => (
          <tr key={a.id}>
            <th scope="row" data-title={t('job.efficiency.assessedOn')}>
              {format.date(a.assessedOn)}
            </th>
            <td className="job-number" data-title={t('job.efficiency.percent')}>
              {t('job.percentValue', { value: a.percent })}
            </td>
            <td className="job-number" data-title={t('job.hoursPerWeek')}>
              {t('job.hoursValue', { value: a.hoursPerWeek })}
            </td>
            <td data-title={t('job.company')}>{a.company?.name ?? '–'}</td>
            <td data-title={t('job.efficiency.companyAssessor')}>{a.companyAssessor || '–'}</td>
            <td data-title={t('job.efficiency.note')}>{a.note || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EfficiencyForm({
  courseId,
  headingRef,
  onDone,
}: {
  courseId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useQuery(workOptionsQuery(courseId));
  const p = 'efficiency-new';
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [percent, setPercent] = useState('');
  const [hours, setHours] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [internshipId, setInternshipId] = useState('');
  const [assessor, setAssessor] = useState('');
  const [note, setNote] = useState('');
  const companies = options.data?.companies ?? [];
  const internships = (options.data?.internships ?? []).filter((i) => i.companyId === companyId);
  const format = useFormat();

  const form = useFormSubmit({
    save: () =>
      createWorkEfficiency(courseId, {
        assessedOn,
        percent: parseNumber(percent),
        hoursPerWeek: parseNumber(hours),
        companyId,
        internshipId: internshipId || null,
        companyAssessor: assessor.trim(),
        note: note.trim(),
      }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKey(courseId, 'efficiency') });
      announce(t('job.efficiency.added'));
      onDone();
    },
    fields: {
      'body.assessedOn': { id: `${p}-date`, label: t('job.efficiency.assessedOn') },
      'body.percent': { id: `${p}-percent`, label: t('job.efficiency.percent') },
      'body.hoursPerWeek': { id: `${p}-hours`, label: t('job.hoursPerWeek') },
      'body.companyId': { id: `${p}-company`, label: t('job.company') },
      'body.internshipId': { id: `${p}-internship`, label: t('job.efficiency.internship') },
      'body.companyAssessor': { id: `${p}-assessor`, label: t('job.efficiency.companyAssessor') },
      'body.note': { id: `${p}-note`, label: t('job.efficiency.note') },
    },
    validate: () => {
      const pc = parseNumber(percent);
      const h = parseNumber(hours);
      return {
        [`${p}-date`]: assessedOn ? undefined : t('form.dateMissing'),
        [`${p}-percent`]:
          Number.isInteger(pc) && pc >= 0 && pc <= 100 ? undefined : t('job.efficiency.percentInvalid'),
        [`${p}-hours`]: h > 0 && h <= 60 ? undefined : t('job.hoursInvalid'),
        [`${p}-company`]: companyId ? undefined : t('job.companyMissing'),
      };
    },
    values: {
      [`${p}-date`]: assessedOn,
      [`${p}-percent`]: percent,
      [`${p}-hours`]: hours,
      [`${p}-company`]: companyId,
      [`${p}-internship`]: internshipId,
    },
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId={`${p}-heading`}
      headingLevel={4}
      heading={t('job.efficiency.add')}
      headingRef={headingRef}
      submitLabel={t('job.efficiency.create')}
      onCancel={onDone}
    >
      <DateField
        id={`${p}-date`}
        label={t('job.efficiency.assessedOn')}
        value={assessedOn}
        onValue={setAssessedOn}
        error={errors[`${p}-date`]}
        required
      />
      <TextField
        id={`${p}-percent`}
        label={t('job.efficiency.percent')}
        hint={t('job.efficiency.percentHint')}
        inputMode="numeric"
        className="input-width-xs"
        value={percent}
        onValue={setPercent}
        error={errors[`${p}-percent`]}
        required
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
      <SelectField
        id={`${p}-company`}
        label={t('job.company')}
        value={companyId}
        onValue={(v) => {
          setCompanyId(v);
          setInternshipId('');
        }}
        error={errors[`${p}-company`]}
        options={[
          { value: '', label: t('job.chooseCompany') },
          ...companies.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      {internships.length ? (
        <SelectField
          id={`${p}-internship`}
          label={t('job.efficiency.internship')}
          optional
          value={internshipId}
          onValue={setInternshipId}
          error={errors[`${p}-internship`]}
          options={[
            { value: '', label: t('job.efficiency.noInternship') },
            ...internships.map((i) => ({
              value: i.id,
              label: t('job.efficiency.internshipFrom', { from: format.date(i.startsOn) }),
            })),
          ]}
        />
      ) : null}
      <TextField
        id={`${p}-assessor`}
        label={t('job.efficiency.companyAssessor')}
        hint={t('job.efficiency.companyAssessorHint')}
        optional
        autoComplete="off"
        value={assessor}
        onValue={setAssessor}
        error={errors[`${p}-assessor`]}
      />
      <TextArea
        id={`${p}-note`}
        label={t('job.efficiency.note')}
        optional
        rows={2}
        value={note}
        onValue={setNote}
        error={errors[`${p}-note`]}
      />
    </FormPanel>
  );
}
