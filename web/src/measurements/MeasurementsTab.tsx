import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { type SubGoal as Goal, goalsQuery } from '../goals/api.ts';
import {
  currentInstruments,
  type Development,
  draftQuery,
  type Instrument,
  inLanguage,
  type Measurement,
  measurementsQuery,
  startDraft,
} from './api.ts';
import { DevelopmentSummary, MeasurementCharts } from './Charts.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { failureText } from './failure.ts';
import { InstrumentsSection } from './InstrumentsSection.tsx';
import { MeasurementCard } from './MeasurementCard.tsx';
import './measurements.css';

/**
 * "Målinger": the measurement as a dialogue (the draft), the approved measurements with their
 * history, development, and the charts; and the partnership's own instruments.
 */
export function MeasurementsTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const list = useQuery(measurementsQuery(courseId));
  const canWrite = can(course.data, 'measurements.write');
  const goals = useQuery({ ...goalsQuery(courseId), enabled: can(course.data, 'goals.read') });
  useDocumentTitle(t('course.tabs.measurements'), course.data ? fullName(course.data) : null);
  const visibleGoals: Goal[] = (goals.data?.goals ?? []).flatMap((g) => [g, ...g.subGoals]);

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.measurements')}
      </h2>
      <p className="app-intro">{t('measurements.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          {canWrite ? (
            <DraftSection
              courseId={courseId}
              instruments={list.data.instruments}
              measurements={list.data.measurements}
              goals={visibleGoals}
            />
          ) : null}
          <Approved
            courseId={courseId}
            instruments={list.data.instruments}
            measurements={list.data.measurements}
            development={list.data.development ?? null}
            canWrite={canWrite}
            goals={visibleGoals}
          />
          <InstrumentsSection courseId={courseId} instruments={list.data.instruments} canWrite={canWrite} />
        </>
      ) : null}
    </>
  );
}

const keyOf = (instruments: readonly Instrument[], id: string) => instruments.find((i) => i.id === id);
/** The newest version of the instrument a measurement used: its labels read all its versions. */
function newestOf(instruments: readonly Instrument[], used: Instrument): Instrument {
  return (
    currentInstruments(instruments).find(
      (i) => i.key === used.key && i.ownedByPartnership === used.ownedByPartnership,
    ) ?? used
  );
}

function DraftSection({
  courseId,
  instruments,
  measurements,
  goals,
}: {
  courseId: string;
  instruments: readonly Instrument[];
  measurements: readonly Measurement[];
  goals: readonly Goal[];
}) {
  const { t } = useTranslation();
  const draft = useQuery(draftQuery(courseId));
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <LoadError onRetry={() => void draft.refetch()} />;
  const current = draft.data.draft;
  if (!current) return <StartDraft courseId={courseId} instruments={instruments} />;
  const instrument = keyOf(instruments, current.instrumentId);
  if (!instrument) return <p>{t('measurements.unknownInstrument')}</p>;
  // The previous measurement on the same instrument (any version), for comparison while filling in.
  const previous = measurements
    .filter((m) => keyOf(instruments, m.instrumentId)?.key === instrument.key)
    .at(-1);
  return (
    <DraftEditor
      key={current.id}
      courseId={courseId}
      draft={current}
      instrument={instrument}
      previous={previous}
      goals={goals}
    />
  );
}

function StartDraft({ courseId, instruments }: { courseId: string; instruments: readonly Instrument[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const choices = currentInstruments(instruments);
  const [instrumentId, setInstrumentId] = useState(
    choices.find((i) => i.isDefault)?.id ?? choices[0]?.id ?? '',
  );
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const started = await startDraft(courseId, instrumentId, measuredOn);
      queryClient.setQueryData(draftQuery(courseId).queryKey, started);
      announce(t('measurements.started'));
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="app-form-panel" aria-labelledby="start-title">
      <h3 id="start-title">{t('measurements.startTitle')}</h3>
      <FormAlert message={failure} />
      <div className="form-group">
        <label className="form-label" htmlFor="start-instrument">
          {t('measurements.instrument')}
        </label>
        <select
          id="start-instrument"
          className="form-select"
          value={instrumentId}
          onChange={(e) => setInstrumentId(e.target.value)}
        >
          {choices.map((i) => (
            <option key={i.id} value={i.id}>
              {t('measurements.instrumentName', {
                name: inLanguage(i.definition.name, i18n.language),
                version: i.version,
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="start-date">
          {t('measurements.measuredOn')}
        </label>
        <input
          id="start-date"
          type="date"
          className="form-input input-width-s"
          value={measuredOn}
          onChange={(e) => setMeasuredOn(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button-primary"
        disabled={busy || !instrumentId}
        onClick={() => void start()}
      >
        {t('measurements.start')}
      </button>
    </section>
  );
}

function Approved({
  courseId,
  instruments,
  measurements,
  development,
  canWrite,
  goals,
}: {
  courseId: string;
  instruments: readonly Instrument[];
  measurements: readonly Measurement[];
  development: Development | null;
  canWrite: boolean;
  goals: readonly Goal[];
}) {
  const { t } = useTranslation();
  if (measurements.length === 0)
    return (
      <section aria-labelledby="approved-title">
        <h3 id="approved-title">{t('measurements.approvedTitle')}</h3>
        <p>{t('measurements.none')}</p>
      </section>
    );
  // One set of charts per instrument used (all its versions together).
  const byInstrument = new Map<string, { instrument: Instrument; measurements: Measurement[] }>();
  for (const m of measurements) {
    const used = keyOf(instruments, m.instrumentId);
    if (!used) continue;
    const newest = newestOf(instruments, used);
    const group = byInstrument.get(newest.id) ?? { instrument: newest, measurements: [] };
    group.measurements.push(m);
    byInstrument.set(newest.id, group);
  }
  const defaultInstrument = currentInstruments(instruments).find((i) => i.isDefault);
  return (
    <>
      {development && defaultInstrument ? (
        <DevelopmentSummary development={development} instrument={defaultInstrument} />
      ) : null}
      {[...byInstrument.values()].map((g) => (
        <MeasurementCharts key={g.instrument.id} instrument={g.instrument} measurements={g.measurements} />
      ))}
      <section aria-labelledby="approved-title">
        <h3 id="approved-title">{t('measurements.approvedTitle')}</h3>
        <ol className="app-plain-list app-measurements" reversed>
          {[...measurements].reverse().map((m) => {
            const used = keyOf(instruments, m.instrumentId);
            return used ? (
              <li key={m.id}>
                <MeasurementCard
                  courseId={courseId}
                  measurement={m}
                  instrument={used}
                  canWrite={canWrite}
                  goals={goals}
                />
              </li>
            ) : null;
          })}
        </ol>
      </section>
    </>
  );
}
