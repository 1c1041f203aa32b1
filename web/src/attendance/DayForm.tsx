import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, RadioGroup, TextField } from '../app/forms.tsx';
import {
  type AbsenceReason,
  type AttendanceDay,
  type AttendanceStatus,
  absenceReasons,
  attendanceQuery,
  parseHours,
  registerDay,
} from './api.ts';

/** Register one day in a few taps: which day, present or absent (and why), hours. */
export function DayForm({ courseId, shownMonth }: { courseId: string; shownMonth: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [day, setDay] = useState(todayIso());
  const [status, setStatus] = useState<AttendanceStatus | ''>('');
  const [reason, setReason] = useState<AbsenceReason | ''>('');
  const [hours, setHours] = useState('');

  const form = useFormSubmit({
    save: async () => {
      const h = parseHours(hours);
      // Registering a day that is already there corrects it: name the version shown for it.
      const shown = await queryClient.ensureQueryData(attendanceQuery(courseId, day.slice(0, 7)));
      const version = shown.days.find((d) => d.day === day)?.version;
      return registerDay(
        courseId,
        day,
        {
          status: status as AttendanceStatus,
          ...(status === 'absent' ? { absenceReason: reason as AbsenceReason } : {}),
          ...(status === 'present' && typeof h === 'number' ? { hours: h } : {}),
        },
        version,
      );
    },
    onStale: async (current) => {
      // Registered or changed by someone else meanwhile: show it; saving again corrects it.
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'attendance'] });
      const now =
        current === undefined
          ? (await queryClient.fetchQuery(attendanceQuery(courseId, day.slice(0, 7)))).days.find(
              (d) => d.day === day,
            )
          : (current as AttendanceDay | null);
      if (!now) return [t('form.removedMeanwhile')];
      const what =
        now.status === 'present'
          ? t('attendance.present')
          : `${t('attendance.absent')}: ${now.absenceReason ? t(`attendance.reason.${now.absenceReason}`) : ''}`;
      return [t('form.changedTo', { field: format.weekdayDate(now.day), value: what })];
    },
    onSaved: async (showSaved) => {
      const month = day.slice(0, 7);
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'attendance'] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      const view = await queryClient.fetchQuery(attendanceQuery(courseId, month));
      const s = view.summary;
      showSaved(
        [
          t('attendance.saved', { day: format.weekdayDate(day) }),
          !s || s.presentShare === null
            ? ''
            : t('attendance.shareLine', {
                present: s.presentDays,
                registered: s.registeredDays,
                share: format.percent(s.presentShare),
              }),
        ].join(' '),
      );
      setStatus('');
      setReason('');
      setHours('');
      if (month !== shownMonth) {
        await navigate({
          to: '/forloeb/$courseId/fremmoede',
          params: { courseId },
          search: { maaned: month },
        });
      }
    },
    fields: {
      'params.day': { id: 'attendance-day', label: t('attendance.day') },
      'body.status': { id: 'attendance-status', label: t('attendance.status') },
      'body.absenceReason': { id: 'attendance-reason', label: t('attendance.reasonLegend') },
      'body.hours': { id: 'attendance-hours', label: t('attendance.hours') },
    },
    validate: () => ({
      // Only an agreed absence may be registered ahead (the server refuses anything else).
      'attendance-day': !day
        ? t('form.dateMissing')
        : day > todayIso() && !(status === 'absent' && reason === 'agreed')
          ? t('attendance.dayInFuture')
          : undefined,
      'attendance-status': status ? undefined : t('attendance.statusMissing'),
      'attendance-reason': status === 'absent' && !reason ? t('attendance.reasonMissing') : undefined,
      'attendance-hours':
        status === 'present' && parseHours(hours) === 'invalid' ? t('attendance.hoursInvalid') : undefined,
    }),
    values: {
      'attendance-day': day,
      'attendance-status': status,
      'attendance-reason': reason,
      'attendance-hours': hours,
    },
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId="day-form-heading"
      headingLevel={3}
      heading={t('attendance.formTitle')}
      submitLabel={t('attendance.submit')}
    >
      <DateField
        id="attendance-day"
        label={t('attendance.day')}
        value={day}
        onValue={setDay}
        error={errors['attendance-day']}
      />
      <RadioGroup
        id="attendance-status"
        legend={t('attendance.status')}
        value={status}
        onValue={(v) => setStatus(v as AttendanceStatus)}
        options={[
          { value: 'present', label: t('attendance.present') },
          { value: 'absent', label: t('attendance.absent') },
        ]}
        error={errors['attendance-status']}
        inline
      />
      {status === 'absent' ? (
        <RadioGroup
          id="attendance-reason"
          legend={t('attendance.reasonLegend')}
          value={reason}
          onValue={(v) => setReason(v as AbsenceReason)}
          options={absenceReasons.map((r) => ({ value: r, label: t(`attendance.reason.${r}`) }))}
          error={errors['attendance-reason']}
          inline
        />
      ) : null}
      {status === 'present' ? (
        <TextField
          id="attendance-hours"
          label={t('attendance.hours')}
          hint={t('attendance.hoursHint')}
          optional
          inputMode="decimal"
          value={hours}
          onValue={setHours}
          error={errors['attendance-hours']}
          className="input-width-xs"
        />
      ) : null}
    </FormPanel>
  );
}
