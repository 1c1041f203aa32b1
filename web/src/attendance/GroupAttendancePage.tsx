import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { todayIso, useFormat } from '../app/format.ts';
import { DateField, ErrorSummary, type Errors, SubmitButton } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type CaseloadItem, caseloadQuery } from '../courses/api.ts';
import { type AttendanceDay, attendanceQuery, type MonthView, parseHours, registerDay } from './api.ts';
import {
  type Choice,
  choices,
  entryOf,
  type Outcome,
  type Row,
  rowOf,
  sameRow,
  splitCourses,
} from './groupRows.ts';

/**
 * "Registrér fremmøde for holdet": a mentor registers a morning's attendance for everyone on their
 * courses on one screen. Each row is prefilled with what is registered for the day; saving sends
 * only the rows that changed, one request per course (each checked and audited by the server),
 * and says per row whether it was saved. Nothing typed is lost when a row fails.
 */
export function GroupAttendancePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const caseload = useQuery(caseloadQuery);
  const [day, setDay] = useState(todayIso());
  /** What the person has chosen, by course; rows they have not touched show what is registered. */
  const [edits, setEdits] = useState<Record<string, Row>>({});
  const [outcomes, setOutcomes] = useState<{ day: string; byCourse: Record<string, Outcome> }>({
    day: '',
    byCourse: {},
  });
  const [checked, setChecked] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{ text: string; failed: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('groupAttendance.title'));

  const today = todayIso();
  const dayError = !day ? t('form.dateMissing') : day > today ? t('groupAttendance.dayInFuture') : undefined;
  const month = day && day <= today ? day.slice(0, 7) : null;
  const { running, notRunning } = splitCourses(caseload.data?.items ?? []);
  const months = useQueries({
    queries: running.map((item) => ({ ...attendanceQuery(item.courseId, month ?? ''), enabled: !!month })),
  });

  const registered = (index: number): AttendanceDay | undefined =>
    months[index]?.data?.days.find((d) => d.day === day);
  const rows = running.map((item, index) => {
    const saved = rowOf(registered(index), format.number);
    const edit = edits[item.courseId];
    const row = edit ?? saved;
    return {
      item,
      saved,
      /** The version of what is registered: a correction names it, so nobody's change is overwritten. */
      version: registered(index)?.version,
      row,
      changed: !!row.choice && !sameRow(row, saved),
      month: months[index],
    };
  });

  /** Problems that keep the page from saving, by input id; see useFormSubmit for when they show. */
  function validate(): Errors {
    const found: Errors = { 'group-day': dayError };
    for (const { item, row } of rows) {
      if (row.choice === 'present' && parseHours(row.hours) === 'invalid')
        found[`hours-${item.courseId}`] = t('groupAttendance.hoursInvalid', { name: item.participantName });
    }
    return found;
  }
  const shown: Errors = {};
  const now = validate();
  for (const id of Object.keys(checked)) if (checked[id] && now[id]) shown[id] = now[id];

  function edit(courseId: string, change: Partial<Row>, saved: Row) {
    setEdits((all) => ({ ...all, [courseId]: { ...(all[courseId] ?? saved), ...change } }));
    setOutcomes((o) => {
      if (!o.byCourse[courseId]) return o;
      const { [courseId]: _gone, ...rest } = o.byCourse;
      return { ...o, byCourse: rest };
    });
  }

  function describeFailure(error: unknown): Outcome {
    const serverSaid =
      error instanceof ApiError && error.status !== 0 && error.message ? error.message : null;
    if (!(error instanceof ApiError)) return { ok: false, text: t('app.errorGeneric'), serverSaid };
    const text =
      error.status === 0
        ? t('app.errorNetwork')
        : error.status === 401 || error.status === 403
          ? t('form.sessionExpired')
          : error.status === 404
            ? t('groupAttendance.rowRefused')
            : error.status === 409
              ? t('groupAttendance.rowConflict')
              : error.isStale
                ? t('groupAttendance.rowChangedMeanwhile')
                : error.status === 400
                  ? t('groupAttendance.rowInvalid')
                  : t('app.errorGeneric');
    return { ok: false, text, serverSaid };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate();
    setChecked(found);
    setSummary(null);
    if (Object.values(found).some(Boolean)) {
      setAttempt((n) => n + 1);
      return;
    }
    const changed = rows.filter((r) => r.changed);
    if (changed.length === 0) {
      showSummary(t('groupAttendance.nothingChanged'), false);
      return;
    }
    setBusy(true);
    const forDay = day;
    const byCourse: Record<string, Outcome> = {};
    // One request per course, one after the other: each is the server's own check and audit row.
    for (const { item, row, version } of changed) {
      try {
        const { day: savedDay } = await registerDay(item.courseId, forDay, entryOf(row), version);
        queryClient.setQueryData(
          attendanceQuery(item.courseId, forDay.slice(0, 7)).queryKey,
          (view: MonthView | undefined) =>
            view
              ? {
                  ...view,
                  days: [...view.days.filter((d) => d.day !== savedDay.day), savedDay].sort((a, b) =>
                    a.day.localeCompare(b.day),
                  ),
                }
              : view,
        );
        setEdits((all) => {
          const { [item.courseId]: _saved, ...rest } = all;
          return rest;
        });
        byCourse[item.courseId] = { ok: true, text: t('groupAttendance.rowSaved') };
      } catch (error) {
        byCourse[item.courseId] = describeFailure(error);
      }
    }
    setOutcomes({ day: forDay, byCourse });
    setBusy(false);
    const failed = Object.values(byCourse).filter((o) => !o.ok).length;
    const saved = changed.length - failed;
    showSummary(
      failed
        ? t('groupAttendance.someFailed', { saved, count: changed.length, failed })
        : t('groupAttendance.allSaved', { count: saved, day: format.weekdayDate(forDay) }),
      failed > 0,
    );
    for (const { item } of changed)
      void queryClient.invalidateQueries({ queryKey: ['course', item.courseId, 'attendance'] });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
  }

  function showSummary(text: string, failed: boolean) {
    setSummary({ text, failed });
    announce(text);
    setTimeout(() => summaryRef.current?.focus(), 0);
  }

  const failedRows = rows.filter(
    (r) => outcomes.day === day && outcomes.byCourse[r.item.courseId]?.ok === false,
  );

  return (
    <>
      <p className="app-back">
        <Link to="/">{t('course.back')}</Link>
      </p>
      <h1>{t('groupAttendance.title')}</h1>
      <p className="app-intro">{t('groupAttendance.intro')}</p>
      {caseload.isPending ? <Loading /> : null}
      {caseload.isError ? <LoadError onRetry={() => void caseload.refetch()} /> : null}
      {caseload.data && running.length === 0 ? <p>{t('groupAttendance.none')}</p> : null}
      {caseload.data && running.length > 0 ? (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-labelledby="group-form-heading"
          className="app-group-form"
        >
          <h2 id="group-form-heading" className="sr-only">
            {t('groupAttendance.title')}
          </h2>
          <ErrorSummary errors={shown} focusKey={attempt} />
          {summary ? (
            <div
              ref={summaryRef}
              tabIndex={-1}
              className={summary.failed ? 'alert alert-error app-alert' : 'alert alert-success app-alert'}
              data-testid="group-summary"
            >
              <p className="alert-text">{summary.text}</p>
              {failedRows.length ? (
                <ul className="alert-text">
                  {failedRows.map(({ item }) => (
                    <li key={item.courseId}>
                      <a
                        href={`#row-${item.courseId}`}
                        onClick={(event) => {
                          event.preventDefault();
                          const target = document.getElementById(`row-${item.courseId}`);
                          target?.scrollIntoView({ block: 'center' });
                          target?.focus();
                        }}
                      >
                        {item.participantName}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <DateField
            id="group-day"
            label={t('attendance.day')}
            hint={t('groupAttendance.dayHint')}
            value={day}
            onValue={setDay}
            max={today}
            error={dayError}
          />
          <p className="app-meta">
            {t('groupAttendance.count', { count: running.length })}
            {notRunning ? ` ${t('groupAttendance.notRunning', { count: notRunning })}` : null}
          </p>
          <ul className="app-plain-list app-group-rows">
            {rows.map(({ item, row, saved, changed, month: view }) => (
              <GroupRow
                key={item.courseId}
                item={item}
                row={row}
                saved={saved}
                changed={changed}
                dayChosen={!!month}
                loading={!!month && !!view?.isPending}
                loadFailed={!!view?.isError}
                outcome={outcomes.day === day ? outcomes.byCourse[item.courseId] : undefined}
                hoursError={shown[`hours-${item.courseId}`]}
                onChange={(change) => edit(item.courseId, change, saved)}
              />
            ))}
          </ul>
          <div className="app-actions">
            <SubmitButton busy={busy}>{t('groupAttendance.submit')}</SubmitButton>
          </div>
        </form>
      ) : null}
    </>
  );
}

function GroupRow({
  item,
  row,
  saved,
  changed,
  dayChosen,
  loading,
  loadFailed,
  outcome,
  hoursError,
  onChange,
}: {
  item: CaseloadItem;
  row: Row;
  saved: Row;
  changed: boolean;
  dayChosen: boolean;
  loading: boolean;
  loadFailed: boolean;
  outcome: Outcome | undefined;
  hoursError: string | undefined;
  onChange: (change: Partial<Row>) => void;
}) {
  const { t } = useTranslation();
  const id = item.courseId;
  const statusId = `row-${id}-status`;
  const label = (c: Choice) => t(`groupAttendance.choice.${c}`);
  const registeredText = !dayChosen
    ? t('groupAttendance.chooseDay')
    : loading
      ? t('app.loading')
      : loadFailed
        ? t('groupAttendance.loadFailed')
        : saved.choice
          ? t('groupAttendance.registered', {
              what:
                saved.choice === 'present' && saved.hours
                  ? t('groupAttendance.presentHours', { hours: saved.hours })
                  : label(saved.choice),
            })
          : t('groupAttendance.notRegistered');
  return (
    <li className="app-group-row" data-testid="group-row" data-changed={changed || undefined}>
      <fieldset id={`row-${id}`} aria-describedby={statusId} tabIndex={-1}>
        <legend className="app-group-name">{item.participantName}</legend>
        <p id={statusId} className="app-meta">
          {registeredText}
          {changed ? <strong> {t('groupAttendance.changed')}</strong> : null}
        </p>
        <div className="app-choices">
          {choices.map((c) => (
            <div className="form-group-radio app-choice" key={c}>
              <input
                type="radio"
                className="form-radio"
                id={`choice-${id}-${c}`}
                name={`choice-${id}`}
                value={c}
                checked={row.choice === c}
                onChange={() => onChange({ choice: c })}
              />
              <label htmlFor={`choice-${id}-${c}`}>{label(c)}</label>
            </div>
          ))}
        </div>
        {row.choice === 'present' ? (
          <div
            className={hoursError ? 'form-group form-error app-group-hours' : 'form-group app-group-hours'}
          >
            <label className="form-label" htmlFor={`hours-${id}`}>
              {t('attendance.hours')}
              <span className="sr-only">: {item.participantName}</span>
              <span className="weight-normal"> {t('form.optional')}</span>
            </label>
            {hoursError ? (
              <span className="form-error-message" id={`hours-${id}-error`}>
                <span className="sr-only">{t('form.errorPrefix')} </span>
                {hoursError}
              </span>
            ) : null}
            <input
              id={`hours-${id}`}
              className="form-input input-width-xs"
              inputMode="decimal"
              value={row.hours}
              onChange={(e) => onChange({ hours: e.target.value })}
              aria-invalid={hoursError ? true : undefined}
              aria-describedby={hoursError ? `hours-${id}-error` : undefined}
            />
          </div>
        ) : null}
        {outcome ? (
          <div className="app-row-result" data-testid="row-result">
            <p className={outcome.ok ? 'app-saved' : 'app-row-failed'}>{outcome.text}</p>
            {!outcome.ok && outcome.serverSaid ? (
              <p className="app-meta">
                {t('groupAttendance.serverSaid')} <span lang="en">{outcome.serverSaid}</span>
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}
