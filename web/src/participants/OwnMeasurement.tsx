import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { announce } from '../app/live.ts';
import { inLanguage, ownMeasurementQuery, saveOwnScores } from '../measurements/api.ts';

/**
 * "Hvordan har du det med arbejde?": when the coordinator has opened a measurement for them, one
 * easy-read question per dimension, each step a big card to tap. Only their own answers are
 * shown: the professional's view is talked over together, after they have given theirs.
 */
export function OwnMeasurement({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const own = useQuery(ownMeasurementQuery(courseId));
  const open = own.data?.open ?? null;
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) setScores(open.scores);
  }, [open]);
  if (!open) return null;
  const { dimensions, scale, steps } = open.instrument.definition;
  const choices: number[] = [];
  for (let s = scale.min; s <= scale.max; s++) choices.push(s);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      let version = open.version;
      for (let attempt = 0; ; attempt++) {
        try {
          const saved = await saveOwnScores(courseId, scores, version);
          queryClient.setQueryData(ownMeasurementQuery(courseId).queryKey, saved);
          break;
        } catch (error) {
          // The coordinator saved in between: the answers are the young person's own, send them again.
          if (!(error instanceof ApiError && error.status === 412) || attempt > 1) throw error;
          const now = await queryClient.fetchQuery(ownMeasurementQuery(courseId));
          if (!now.open) throw error;
          version = now.open.version;
        }
      }
      setMessage(t('myPage.measurement.saved'));
      announce(t('myPage.measurement.saved'));
    } catch {
      setMessage(t('myPage.measurement.notSaved'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="own-section" aria-labelledby="own-measurement">
      <h2 id="own-measurement">{t('myPage.measurement.title')}</h2>
      <p>{t('myPage.measurement.intro')}</p>
      <p>{t('myPage.measurement.introChoose')}</p>
      {dimensions.map((d) => (
        <fieldset key={d.key} className="own-question">
          <legend>{inLanguage(d.question, i18n.language)}</legend>
          <div className="own-cards">
            {choices.map((s) => {
              const id = `own-${d.key}-${s}`;
              const words = steps[String(s)];
              return (
                <div key={s} className="own-card">
                  <input
                    type="radio"
                    id={id}
                    name={`own-${d.key}`}
                    value={s}
                    checked={scores[d.key] === s}
                    onChange={() => setScores((x) => ({ ...x, [d.key]: s }))}
                  />
                  <label htmlFor={id}>
                    <span className="own-card-number">{s}</span>
                    <span>{words ? inLanguage(words, i18n.language) : ''}</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button-primary own-link-button"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('myPage.measurement.save')}
        </button>
      </p>
      {message ? (
        <p role="status" className="own-saved">
          {message}
        </p>
      ) : null}
    </section>
  );
}
