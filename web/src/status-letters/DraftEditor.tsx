import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { FormAlert, TextArea } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { approveDraft, editDraft, type LetterDraft, type LetterSectionKey } from './api.ts';
import { Figures, usePeriodText } from './LetterContent.tsx';

type Texts = Partial<Record<LetterSectionKey, string>>;
const textsOf = (draft: LetterDraft): Texts => Object.fromEntries(draft.sections.map((s) => [s.key, s.text]));

/**
 * The draft letter: one text per section, saved against the version the coordinator opened, then
 * approved. Approval is final (a correction is a new version), so it approves only what is saved.
 */
export function DraftEditor({ courseId, draft }: { courseId: string; draft: LetterDraft }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const periodText = usePeriodText();
  const [texts, setTexts] = useState<Texts>(() => textsOf(draft));
  // The version edits are based on: the draft as opened, or as shown after someone else's change.
  const [base, setBase] = useState<LetterDraft>(draft);
  const changed = draft.sections.filter(
    (s) => (texts[s.key] ?? '') !== (base.sections.find((b) => b.key === s.key)?.text ?? ''),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['course', courseId, 'statusLetters'] });

  const form = useFormSubmit({
    save: () =>
      editDraft(
        courseId,
        { texts: Object.fromEntries(changed.map((s) => [s.key, (texts[s.key] ?? '').trim()])) },
        base.version,
      ),
    onSaved: async (showSaved) => {
      const saved = await refresh().then(() =>
        queryClient.getQueryData<{ draft: LetterDraft | null }>(['course', courseId, 'statusLetters']),
      );
      if (saved?.draft) setBase(saved.draft);
      showSaved(t('letters.draftSaved'));
    },
    fields: Object.fromEntries(
      draft.sections.map((s) => [`body.texts.${s.key}`, { id: `draft-${s.key}`, label: s.heading }]),
    ),
    validate: () => ({}),
    holdBack: () => (changed.length === 0 ? t('letters.nothingChanged') : null),
    values: Object.fromEntries(draft.sections.map((s) => [`draft-${s.key}`, texts[s.key]])),
    onStale: (current) => {
      const now = current as LetterDraft;
      setBase(now);
      return now.sections
        .filter((s) => s.text !== base.sections.find((b) => b.key === s.key)?.text)
        .map((s) => t('form.changedTo', { field: s.heading, value: s.text.slice(0, 120) }));
    },
  });

  const [approveError, setApproveError] = useState<string | null>(null);
  const approve = useMutation({
    mutationFn: () => approveDraft(courseId, base.version),
    onSuccess: async (saved) => {
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      announce(t('letters.approved'));
      await navigate({
        to: '/forloeb/$courseId/statusbreve/$letterId',
        params: { courseId, letterId: saved.letter.id },
      });
    },
    onError: (error) =>
      setApproveError(
        error instanceof ApiError && error.isStale ? t('letters.approveStale') : t('letters.approveFailed'),
      ),
  });

  return (
    <section aria-labelledby="draft-heading" className="app-letter-draft">
      <FormPanel
        form={form}
        headingId="draft-heading"
        headingLevel={3}
        heading={
          draft.replaces
            ? t('letters.correctionDraft', { version: draft.replaces.version })
            : t('letters.draft')
        }
        submitLabel={t('letters.saveDraft')}
      >
        <p>{periodText({ period: draft.period, approvedOn: draft.period.to })}</p>
        {draft.sections.map((s) => (
          <div key={s.key} className="app-letter-section">
            <TextArea
              id={`draft-${s.key}`}
              label={s.heading}
              rows={8}
              value={texts[s.key] ?? ''}
              onValue={(value) => setTexts((x) => ({ ...x, [s.key]: value }))}
              error={form.errors[`draft-${s.key}`]}
            />
            <Figures figures={s.figures} />
          </div>
        ))}
      </FormPanel>
      <div className="app-form-panel">
        <h4>{t('letters.approveHeading')}</h4>
        <p>{t('letters.approveHint')}</p>
        <FormAlert message={approveError} />
        <button
          type="button"
          className="button button-primary"
          disabled={approve.isPending}
          onClick={() => {
            setApproveError(null);
            if (changed.length > 0) setApproveError(t('letters.saveFirst'));
            else approve.mutate();
          }}
        >
          {t('letters.approve')}
        </button>
      </div>
    </section>
  );
}
