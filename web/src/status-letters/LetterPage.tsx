import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { FormAlert } from '../app/forms.tsx';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { letterPdfPath, letterQuery, startCorrection } from './api.ts';
import { LetterContent, LetterMeta, usePeriodText } from './LetterContent.tsx';
import { ReadStatus } from './ReadStatus.tsx';

/** One approved letter, as the reader may read it. Opening it is what counts as the caseworker reading it. */
export function LetterPage({ courseId, letterId }: { courseId: string; letterId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const course = useQuery(courseQuery(courseId));
  const letter = useQuery(letterQuery(courseId, letterId));
  const periodText = usePeriodText();
  const data = letter.data?.letter;
  useDocumentTitle(
    data ? t('letters.letterFor', { period: periodText(data) }) : t('app.loading'),
    course.data ? fullName(course.data) : null,
  );

  // The server recorded the reading: the list and the caseload's "new letter" marker follow.
  useEffect(() => {
    if (!data) return;
    void queryClient.invalidateQueries({ queryKey: ['course', courseId, 'statusLetters'], exact: true });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
  }, [data, courseId, queryClient]);

  if (isApiError(letter.error) && (letter.error.status === 404 || letter.error.field?.startsWith('params.')))
    return <NoAccessPage />;
  return (
    <>
      <p className="app-back app-no-print">
        <Link to="/forloeb/$courseId/statusbreve" params={{ courseId }}>
          {t('letters.back')}
        </Link>
      </p>
      {letter.isPending ? <Loading /> : null}
      {letter.isError ? <LoadError onRetry={() => void letter.refetch()} /> : null}
      {data ? (
        <article aria-labelledby="letter-heading">
          <h2 id="letter-heading" data-tab-heading tabIndex={-1}>
            {t('letters.letterFor', { period: periodText(data) })}
            {data.version > 1 ? ` (${t('letters.version', { version: data.version })})` : ''}
          </h2>
          <LetterMeta letter={data} />
          {can(course.data, 'statusLetters.write') ? <ReadStatus letter={data} /> : null}
          {data.imported ? null : (
            <div className="app-actions app-no-print">
              <a className="button button-secondary" href={letterPdfPath(courseId, letterId)} download>
                {t('letters.downloadPdf')}
              </a>
              {can(course.data, 'statusLetters.write') && !data.replacedBy ? (
                <CorrectButton courseId={courseId} letterId={letterId} />
              ) : null}
            </div>
          )}
          <LetterContent letter={data} headingLevel={3} />
        </article>
      ) : null}
    </>
  );
}

function CorrectButton({ courseId, letterId }: { courseId: string; letterId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const correct = useMutation({
    mutationFn: () => startCorrection(courseId, letterId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'statusLetters'] });
      await navigate({ to: '/forloeb/$courseId/statusbreve', params: { courseId } });
    },
    onError: (error) =>
      setFailure(
        isApiError(error) && error.status === 409 ? t('letters.draftExists') : t('letters.draftFailed'),
      ),
  });
  return (
    <>
      <button
        type="button"
        className="button button-tertiary"
        disabled={correct.isPending}
        onClick={() => correct.mutate()}
      >
        {t('letters.correct')}
      </button>
      <FormAlert message={failure} />
    </>
  );
}
