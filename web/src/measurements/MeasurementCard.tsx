import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import type { SubGoal as Goal } from '../goals/api.ts';
import {
  editMeasurement,
  type Instrument,
  inLanguage,
  type Measurement,
  type MeasurementEntry,
  measurementHistoryQuery,
  measurementsQuery,
} from './api.ts';
import { DimensionFields } from './DimensionFields.tsx';
import { failureText } from './failure.ts';
import { ScrollBox } from './ScrollBox.tsx';

type Entries = Record<string, MeasurementEntry>;

/** One approved measurement: both perspectives per dimension, reasons, linked goals; history; edit if latest. */
export function MeasurementCard({
  courseId,
  measurement,
  instrument,
  canWrite,
  goals,
}: {
  courseId: string;
  measurement: Measurement;
  instrument: Instrument;
  canWrite: boolean;
  goals: readonly Goal[];
}) {
  const { t, i18n } = useTranslation();
  const { date } = useFormat();
  const [editing, setEditing] = useState(false);
  const headingId = `measurement-${measurement.id}`;
  return (
    <article className="app-measurement" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('measurements.measuredOnHeading', {
          date: date(measurement.measuredOn),
          instrument: inLanguage(instrument.definition.name, i18n.language),
          version: instrument.version,
        })}
      </h4>
      {editing ? (
        <EditLatest
          courseId={courseId}
          measurement={measurement}
          instrument={instrument}
          goals={goals}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <EntriesTable measurement={measurement} instrument={instrument} goals={goals} />
          {canWrite && measurement.editable && measurement.version !== null ? (
            <button
              type="button"
              className="button button-secondary app-compact-button"
              onClick={() => setEditing(true)}
            >
              {t('measurements.edit')}
            </button>
          ) : null}
        </>
      )}
      {measurement.version !== null ? (
        <History courseId={courseId} measurement={measurement} instrument={instrument} />
      ) : null}
    </article>
  );
}

function EntriesTable({
  measurement,
  entries = measurement.entries,
  instrument,
  goals,
}: {
  measurement: Measurement;
  entries?: Entries;
  instrument: Instrument;
  goals: readonly Goal[];
}) {
  const { t, i18n } = useTranslation();
  const goalTitle = (id: string | null) =>
    id ? (goals.find((g) => g.id === id)?.title ?? t('measurements.goalNotVisible')) : '';
  return (
    <ScrollBox label={t('measurements.entriesLabel')}>
      <table className="table table--compact table--zebra app-table">
        <thead>
          <tr>
            <th scope="col">{t('measurements.dimension')}</th>
            <th scope="col">{t('measurements.perspective.professional')}</th>
            <th scope="col">{t('measurements.perspective.participant')}</th>
            <th scope="col">{t('measurements.reason')}</th>
            <th scope="col">{t('measurements.linkedGoal')}</th>
          </tr>
        </thead>
        <tbody>
          {instrument.definition.dimensions.map((d) => {
            const e = entries[d.key];
            return (
              <tr key={d.key}>
                <th scope="row">{inLanguage(d.label, i18n.language)}</th>
                <td>{e?.professional ?? '–'}</td>
                <td>{e?.participant ?? '–'}</td>
                <td>{e?.reason ?? ''}</td>
                <td>{goalTitle(e?.goalId ?? null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function EditLatest({
  courseId,
  measurement,
  instrument,
  goals,
  onDone,
}: {
  courseId: string;
  measurement: Measurement;
  instrument: Instrument;
  goals: readonly Goal[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<Entries>(measurement.entries);
  const [base, setBase] = useState(measurement.version ?? 0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await editMeasurement(courseId, measurement.id, entries, base);
      announce(t('measurements.editSaved'));
      await queryClient.invalidateQueries({ queryKey: measurementsQuery(courseId).queryKey });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && error.current) {
        // Adopt the newer version as the base: saving again is a conscious choice.
        setBase((error.current as Measurement).version ?? base);
      }
      setFailure(failureText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="app-form-panel">
      <FormAlert message={failure} />
      {instrument.definition.dimensions.map((d) => (
        <DimensionFields
          key={d.key}
          courseId={courseId}
          idPrefix={`edit-${measurement.id}`}
          instrument={instrument}
          dimension={d}
          entry={entries[d.key] ?? { professional: null, participant: null, reason: '', goalId: null }}
          previous={undefined}
          goals={goals}
          onChange={(patch) =>
            setEntries((all) => ({ ...all, [d.key]: { ...(all[d.key] as MeasurementEntry), ...patch } }))
          }
        />
      ))}
      <div className="app-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          {t('measurements.saveEdit')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}

function History({
  courseId,
  measurement,
  instrument,
}: {
  courseId: string;
  measurement: Measurement;
  instrument: Instrument;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...measurementHistoryQuery(courseId, measurement.id), enabled: open });
  return (
    <details className="app-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('measurements.history')}</summary>
      {history.data ? (
        <ol className="app-plain-list">
          {history.data.versions.map((v) => (
            <li key={v.version} className="app-history-item">
              <p className="app-meta">
                {t('measurements.historyVersion', {
                  version: v.version,
                  date: date(v.changedAt.slice(0, 10)),
                  who: v.changedBy?.displayName ?? '–',
                })}
              </p>
              <EntriesTable
                measurement={measurement}
                entries={v.entries}
                instrument={instrument}
                goals={[]}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
