import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { announce } from '../app/live.ts';
import type { SubGoal as Goal } from '../goals/api.ts';
import {
  approveDraft,
  discardDraft,
  draftQuery,
  type Instrument,
  inLanguage,
  type Measurement,
  type MeasurementDraft,
  type MeasurementEntry,
  measurementsQuery,
  saveDraft,
} from './api.ts';
import { DimensionFields } from './DimensionFields.tsx';
import { failureText } from './failure.ts';
import { mergeEntries } from './merge.ts';

type Entries = Record<string, MeasurementEntry>;
const AUTOSAVE_MS = 700;
/** While the young person may answer, their scores are fetched this often. */
const POLL_MS = 4000;

/** The measurement being taken: saved on the server as you go, approved when you are done. */
export function DraftEditor({
  courseId,
  draft,
  instrument,
  previous,
  goals,
}: {
  courseId: string;
  draft: MeasurementDraft;
  instrument: Instrument;
  /** The latest approved measurement on this instrument: shown while filling in. */
  previous: Measurement | undefined;
  goals: readonly Goal[];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<Entries>(draft.entries);
  const [measuredOn, setMeasuredOn] = useState(draft.measuredOn);
  const version = useRef(draft.version);
  const dirty = useRef(new Set<string>());
  const [status, setStatus] = useState<'saved' | 'pending' | 'saving' | 'failed'>('saved');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef({ entries, measuredOn });
  latest.current = { entries, measuredOn };

  // The young person's answers arrive while the draft is open for them.
  const polled = useQuery({
    ...draftQuery(courseId),
    refetchInterval: draft.openForParticipant ? POLL_MS : false,
  });
  useEffect(() => {
    const server = polled.data?.draft;
    if (!server || server.version <= version.current) return;
    version.current = server.version;
    setEntries((local) => mergeEntries(server.entries, local, dirty.current));
  }, [polled.data]);

  const save = useCallback(async () => {
    const sending = new Set(dirty.current);
    if (sending.size === 0) return;
    setStatus('saving');
    const body = {
      entries: latest.current.entries,
      ...(sending.has('measuredOn') ? { measuredOn: latest.current.measuredOn } : {}),
    };
    try {
      const saved = await saveDraft(courseId, body, version.current);
      if (saved.draft) version.current = saved.draft.version;
      for (const path of sending) dirty.current.delete(path);
      setFailure(null);
      setStatus(dirty.current.size > 0 ? 'pending' : 'saved');
      queryClient.setQueryData(draftQuery(courseId).queryKey, saved);
    } catch (error) {
      const current =
        error instanceof ApiError && error.status === 412 ? (error.current as MeasurementDraft | null) : null;
      if (current) {
        // Someone (the young person) saved in between: take theirs, keep ours, save again.
        version.current = current.version;
        setEntries((local) => mergeEntries(current.entries, local, dirty.current));
        setStatus('pending');
        return;
      }
      setFailure(failureText(error, t));
      setStatus('failed');
    }
  }, [courseId, queryClient, t]);

  useEffect(() => {
    if (status !== 'pending') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [status, save]);

  const change = (dimension: string, patch: Partial<MeasurementEntry>) => {
    for (const field of Object.keys(patch)) dirty.current.add(`${dimension}.${field}`);
    setEntries((all) => ({ ...all, [dimension]: { ...(all[dimension] as MeasurementEntry), ...patch } }));
    setStatus('pending');
  };

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: draftQuery(courseId).queryKey }),
      queryClient.invalidateQueries({ queryKey: measurementsQuery(courseId).queryKey }),
    ]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await save();
      await work();
      announce(done);
      await refresh();
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const setOpen = (open: boolean) =>
    act(
      async () => {
        const saved = await saveDraft(courseId, { openForParticipant: open }, version.current);
        if (saved.draft) version.current = saved.draft.version;
      },
      t(open ? 'measurements.openedForParticipant' : 'measurements.closedForParticipant'),
    );

  return (
    <section className="app-form-panel app-draft" aria-labelledby="draft-title">
      <h3 id="draft-title">
        {t('measurements.draftTitle', { instrument: inLanguage(instrument.definition.name, i18n.language) })}
      </h3>
      <p className="app-meta" role="status" data-testid="autosave-status">
        {t(`measurements.autosave.${status}`)}
      </p>
      {/* Announced, not focused (unlike FormAlert): an autosave must not take focus from the field being typed in. */}
      {failure ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{failure}</p>
          </div>
        </div>
      ) : null}
      <div className="form-group">
        <label className="form-label" htmlFor="draft-date">
          {t('measurements.measuredOn')}
        </label>
        <input
          id="draft-date"
          type="date"
          className="form-input input-width-s"
          value={measuredOn}
          onChange={(e) => {
            if (!e.target.value) return;
            dirty.current.add('measuredOn');
            setMeasuredOn(e.target.value);
            setStatus('pending');
          }}
        />
      </div>
      <p className="app-open-state">
        {draft.openForParticipant
          ? t('measurements.isOpenForParticipant')
          : t('measurements.notOpenForParticipant')}{' '}
        <button
          type="button"
          className="button button-secondary app-compact-button"
          disabled={busy}
          onClick={() => void setOpen(!draft.openForParticipant)}
        >
          {draft.openForParticipant
            ? t('measurements.closeForParticipant')
            : t('measurements.openForParticipant')}
        </button>
      </p>
      {instrument.definition.dimensions.map((d) => (
        <DimensionFields
          key={d.key}
          courseId={courseId}
          idPrefix="draft"
          instrument={instrument}
          dimension={d}
          entry={entries[d.key] ?? { professional: null, participant: null, reason: '', goalId: null }}
          previous={previous}
          goals={goals}
          onChange={(patch) => change(d.key, patch)}
        />
      ))}
      <div className="app-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void act(() => approveDraft(courseId, version.current), t('measurements.approved'))}
        >
          {t('measurements.approve')}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          disabled={busy}
          onClick={() => void act(() => discardDraft(courseId, version.current), t('measurements.discarded'))}
        >
          {t('measurements.discard')}
        </button>
      </div>
    </section>
  );
}
