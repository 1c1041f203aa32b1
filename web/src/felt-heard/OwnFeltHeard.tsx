import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../app/formSubmit.tsx';
import { ErrorSummary, FormAlert } from '../app/forms.tsx';
import { useMeetingFormat } from '../overview/format.ts';
import { answerFeltHeard, type FeltHeardAnswer, feltHeardAnswers, type OwnMeeting } from './api.ts';

/**
 * "Følte du dig hørt?" after each held meeting the young person took part in: three big answers,
 * one question a meeting. An answer is given once; afterwards the page says thank you.
 */
export function OwnFeltHeard({ courseId, meetings }: { courseId: string; meetings: OwnMeeting[] }) {
  const { t } = useTranslation();
  const [thanked, setThanked] = useState<string[]>([]);
  if (meetings.length === 0 && thanked.length === 0) return null;
  return (
    <section className="own-section" aria-labelledby="own-felt-heard">
      <h2 id="own-felt-heard">{t('feltHeard.title')}</h2>
      <p>{t('feltHeard.intro')}</p>
      {thanked.length > 0 ? (
        <p role="status" className="own-saved">
          {t('feltHeard.thanks')}
        </p>
      ) : null}
      {meetings
        .filter((m) => !thanked.includes(m.id))
        .map((m) => (
          <FeltHeardQuestion
            key={m.id}
            courseId={courseId}
            meeting={m}
            onAnswered={() => setThanked((ids) => [...ids, m.id])}
          />
        ))}
    </section>
  );
}

function FeltHeardQuestion({
  courseId,
  meeting,
  onAnswered,
}: {
  courseId: string;
  meeting: OwnMeeting;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<FeltHeardAnswer | null>(null);
  const id = `felt-heard-${meeting.id}`;
  const form = useFormSubmit({
    save: () => answerFeltHeard(courseId, meeting.id, answer as FeltHeardAnswer),
    onSaved: async () => {
      onAnswered();
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'own-meetings'] });
    },
    fields: { 'body.answer': { id, label: t('feltHeard.question') } },
    validate: () => ({ [id]: answer ? undefined : t('feltHeard.choose') }),
    values: { [id]: answer },
  });
  return (
    <form onSubmit={form.submit} noValidate className="own-felt-heard">
      <ErrorSummary errors={form.errors} focusKey={form.attempt} />
      <FormAlert message={form.failure} />
      <p className="own-felt-heard-meeting">
        {t('feltHeard.meeting', {
          what: t(`ownMeetings.kinds.${meeting.kind}`),
          when: format.dayAndTime(meeting),
        })}
      </p>
      <fieldset className="own-question">
        <legend>{t('feltHeard.question')}</legend>
        <div className="own-cards">
          {feltHeardAnswers.map((a, index) => {
            const optionId = index === 0 ? id : `${id}-${a}`;
            return (
              <div key={a} className="own-card">
                <input
                  type="radio"
                  id={optionId}
                  name={id}
                  value={a}
                  checked={answer === a}
                  onChange={() => setAnswer(a)}
                />
                <label htmlFor={optionId}>{t(`feltHeard.answers.${a}`)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <p>
        <button type="submit" className="button button-primary own-link-button" disabled={form.busy}>
          {t('feltHeard.send')}
        </button>
      </p>
    </form>
  );
}
