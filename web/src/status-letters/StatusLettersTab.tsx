import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { createDraft, type LetterSummary, letterPdfPath, lettersQuery } from './api.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { LetterMeta, usePeriodText } from './LetterContent.tsx';
import { ReadStatus } from './ReadStatus.tsx';

/** Statusbreve: the draft in progress (for the coordinator) and the approved letters, newest first. */
export function StatusLettersTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const letters = useQuery(lettersQuery(courseId));
  useDocumentTitle(t('course.tabs.letters'), course.data ? fullName(course.data) : null);
  const mayWrite = can(course.data, 'statusLetters.write');

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.letters')}
      </h2>
      {letters.isPending ? <Loading /> : null}
      {letters.isError ? <LoadError onRetry={() => void letters.refetch()} /> : null}
      {letters.data ? (
        <>
          {mayWrite ? (
            letters.data.draft ? (
              <DraftEditor key={letters.data.draft.id} courseId={courseId} draft={letters.data.draft} />
            ) : (
              <NewDraft courseId={courseId} />
            )
          ) : null}
          <LetterList courseId={courseId} letters={letters.data.letters} showReadStatus={mayWrite} />
        </>
      ) : null}
    </>
  );
}

function NewDraft({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => createDraft(courseId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'statusLetters'] });
      announce(t('letters.draftCreated'));
    },
    onError: (error) =>
      setFailure(
        isApiError(error) && error.status === 409 ? t('letters.draftExists') : t('letters.draftFailed'),
      ),
  });
  return (
    <div className="app-form-panel">
      <h3>{t('letters.newLetter')}</h3>
      <p>{t('letters.newLetterHint')}</p>
      <FormAlert message={failure} />
      <button
        type="button"
        className="button button-primary"
        disabled={create.isPending}
        onClick={() => {
          setFailure(null);
          create.mutate();
        }}
      >
        {t('letters.createDraft')}
      </button>
    </div>
  );
}

function LetterList({
  courseId,
  letters,
  showReadStatus,
}: {
  courseId: string;
  letters: LetterSummary[];
  showReadStatus: boolean;
}) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const newestFirst = [...letters].reverse();
  return (
    <section aria-labelledby="letters-heading" className="mt-6">
      <h3 id="letters-heading">{t('letters.approvedLetters')}</h3>
      {newestFirst.length === 0 ? <p>{t('letters.none')}</p> : null}
      <ol className="app-plain-list app-notes">
        {newestFirst.map((letter) => (
          <li key={letter.id} className="app-note">
            <article aria-labelledby={`letter-${letter.id}`}>
              <h4 id={`letter-${letter.id}`} className="app-note-heading">
                <Link
                  to="/forloeb/$courseId/statusbreve/$letterId"
                  params={{ courseId, letterId: letter.id }}
                >
                  {t('letters.letterFor', { period: periodText(letter) })}
                  {letter.version > 1 ? ` (${t('letters.version', { version: letter.version })})` : ''}
                </Link>
              </h4>
              <LetterMeta letter={letter} />
              {showReadStatus ? <ReadStatus letter={letter} /> : null}
              {letter.imported ? null : (
                <p>
                  <a href={letterPdfPath(courseId, letter.id)} download>
                    {t('letters.downloadPdf')}
                  </a>
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
