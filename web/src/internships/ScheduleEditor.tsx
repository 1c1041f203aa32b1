import { useTranslation } from 'react-i18next';
import { type Errors, SelectField, TextField } from '../app/forms.tsx';
import type { ScheduleDay } from './api.ts';

const weekdays = [1, 2, 3, 4, 5, 6, 7];
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The week's days that are not a real time span, by the input that shows the problem. */
export function scheduleProblems(prefix: string, days: readonly ScheduleDay[], message: string): Errors {
  const out: Errors = {};
  days.forEach((d, i) => {
    if (!clock.test(d.from)) out[`${prefix}-day-${i}-from`] = message;
    else if (!clock.test(d.to) || d.to <= d.from) out[`${prefix}-day-${i}-to`] = message;
  });
  return out;
}

/** Question 4's week plan: one row per day (weekday, from, to, the day's plan), added and removed by buttons. */
export function ScheduleEditor({
  prefix,
  days,
  onDays,
  errors,
}: {
  prefix: string;
  days: ScheduleDay[];
  onDays: (days: ScheduleDay[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const change = (i: number, part: Partial<ScheduleDay>) =>
    onDays(days.map((d, j) => (j === i ? { ...d, ...part } : d)));
  const next = () => {
    const used = new Set(days.map((d) => d.weekday));
    return weekdays.find((w) => !used.has(w)) ?? 1;
  };
  return (
    <fieldset className="app-schedule">
      <legend className="form-label">{t('internships.schedule')}</legend>
      {days.map((d, i) => {
        const id = (part: string) => `${prefix}-day-${i}-${part}`;
        const day = t(`internships.weekdays.${d.weekday as 1}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div key={i} className="app-schedule-day">
            <SelectField
              id={id('weekday')}
              label={t('internships.weekday')}
              value={String(d.weekday)}
              onValue={(v) => change(i, { weekday: Number(v) })}
              error={errors[id('weekday')]}
              options={weekdays.map((w) => ({
                value: String(w),
                label: t(`internships.weekdays.${w as 1}`),
              }))}
            />
            <TextField
              id={id('from')}
              label={t('internships.from')}
              type="time"
              value={d.from}
              onValue={(v) => change(i, { from: v })}
              error={errors[id('from')]}
            />
            <TextField
              id={id('to')}
              label={t('internships.to')}
              type="time"
              value={d.to}
              onValue={(v) => change(i, { to: v })}
              error={errors[id('to')]}
            />
            <TextField
              id={id('plan')}
              label={t('internships.plan')}
              optional
              value={d.plan}
              onValue={(v) => change(i, { plan: v })}
              error={errors[id('plan')]}
            />
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => onDays(days.filter((_d, j) => j !== i))}
            >
              {t('internships.removeDay', { day })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onDays([...days, { weekday: next(), from: '08:00', to: '12:00', plan: '' }])}
      >
        {t('internships.addDay')}
      </button>
    </fieldset>
  );
}
